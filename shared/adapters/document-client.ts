import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * What the DynamoDB adapters need of a client: lib-dynamodb's commands (GetCommand, PutCommand, ...) sent,
 * plain objects in and out. functions/clients builds one that sends them through the bare DynamoDB client
 * with its middleware cached; tests may pass a DynamoDBDocumentClient.
 */
export type DocumentClient = Pick<DynamoDBDocumentClient, "send">;
