import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import type { DocumentClient } from "../../shared/adapters/document-client.js";
import { CachedDocumentClient } from "./cached-document-client.js";
import { CACHED_MIDDLEWARE, CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: (CachedDocumentClient & DocumentClient) | undefined;

export function dynamoDocumentClient(): CachedDocumentClient & DocumentClient {
  client ??= new CachedDocumentClient(
    withoutSdkLogging(new DynamoDBClient({ ...CLIENT_DEFAULTS, ...CACHED_MIDDLEWARE })),
  ).asDocumentClient();
  return client;
}
