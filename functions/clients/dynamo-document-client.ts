import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: DynamoDBDocumentClient | undefined;

export function dynamoDocumentClient(): DynamoDBDocumentClient {
  client ??= DynamoDBDocumentClient.from(withoutSdkLogging(new DynamoDBClient(CLIENT_DEFAULTS)), {
    marshallOptions: { removeUndefinedValues: true },
  });
  return client;
}
