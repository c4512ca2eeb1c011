/** What dynalite needs to see on a request it is sent directly (it checks that one is signed, not how). */
export const RAW_HEADERS = {
  "content-type": "application/x-amz-json-1.0",
  "x-amz-date": "20261201T000000Z",
  authorization:
    "AWS4-HMAC-SHA256 Credential=local/20261201/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=x",
};
