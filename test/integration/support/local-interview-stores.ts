import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { LOCAL_TABLE } from "../../../local/local-names.js";
import { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";

function documentClient(endpoint: string) {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      region: "us-east-1",
      endpoint,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
}

/**
 * The interview store on the local stack's table, and one whose every command of class `retried` is sent
 * twice with the first answer lost: what the SDK's retry of a write that had landed does.
 */
export function localInterviewStores(
  dynamoUrl: string,
  retried: abstract new (...args: never[]) => unknown,
): { store: DynamoInterviewStore; retryingStore: DynamoInterviewStore } {
  const client = documentClient(dynamoUrl);
  const send = client.send.bind(client) as (command: unknown) => Promise<unknown>;
  (client as unknown as { send: typeof send }).send = async (command: unknown) => {
    if (command instanceof retried) await send(command);
    return send(command);
  };
  return {
    store: new DynamoInterviewStore(documentClient(dynamoUrl), LOCAL_TABLE),
    retryingStore: new DynamoInterviewStore(client, LOCAL_TABLE),
  };
}
