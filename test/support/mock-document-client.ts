import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import { CachedDocumentClient } from "../../functions/clients/cached-document-client.js";

/**
 * Stubs the `send` of the DynamoDB client the handlers build (functions/clients), which takes lib-dynamodb's
 * commands as DynamoDBDocumentClient does: `.on(GetCommand)` and `commandCalls(PutCommand)` work as on a
 * document client's stub. What it marshals is tested on its own (cached-document-client.test.ts).
 */
export function mockDocumentClient(): AwsClientStub<DynamoDBDocumentClient> {
  return mockClient(CachedDocumentClient as never) as unknown as AwsClientStub<DynamoDBDocumentClient>;
}
