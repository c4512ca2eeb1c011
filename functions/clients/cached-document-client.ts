import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { marshall, unmarshall } from "@aws-sdk/util-dynamodb";
import type { DocumentClient } from "../../shared/adapters/document-client.js";

type Values = Record<string, unknown>;

/** What a lib-dynamodb command holds: its plain input, which of its fields hold values, its bare command. */
interface DocumentCommand {
  input: Values;
  inputKeyNodes: Values;
  outputKeyNodes: Values;
  clientCommand: { input: unknown };
}

/** The input fields of Get, Put, Update, Delete, Query and Scan that are maps of attribute values. */
const INPUT_MAPS = new Set(["Key", "Item", "ExpressionAttributeValues", "ExclusiveStartKey"]);
const OUTPUT_MAPS = new Set(["Item", "Attributes", "LastEvaluatedKey"]);
const MARSHALL = { removeUndefinedValues: true } as const;

/**
 * Sends lib-dynamodb's commands through the bare DynamoDB client, marshalling their values here. The
 * document client cannot: its commands resolve their middleware per instance, so its client must resolve
 * the whole stack on every call (`cacheMiddleware` is refused); the bare client resolves it once per
 * command class (client-defaults.ts). Only the expression-style fields the service writes are marshalled
 * (Key, Item, ExpressionAttributeValues, ExclusiveStartKey; a command using the legacy Expected,
 * AttributeUpdates, KeyConditions, QueryFilter or ScanFilter, or a batch or transaction, is refused before
 * anything is sent); Item, Attributes, LastEvaluatedKey and Items come back plain. A failure (a condition's
 * `Item` included) is the bare client's, as lib-dynamodb leaves it.
 */
export class CachedDocumentClient {
  constructor(readonly client: DynamoDBClient) {}

  get config(): DynamoDBClient["config"] {
    return this.client.config;
  }

  get middlewareStack(): DynamoDBClient["middlewareStack"] {
    return this.client.middlewareStack;
  }

  /** lib-dynamodb's `send`, as DocumentClient types it (`asDocumentClient`); a method, so tests can stub it. */
  async send(command: DocumentCommand): Promise<Values> {
    const input: Values = { ...command.input };
    for (const field of Object.keys(command.inputKeyNodes)) {
      const value = input[field];
      if (value === undefined) continue;
      if (!INPUT_MAPS.has(field)) throw new Error(`CachedDocumentClient does not send ${field}`);
      input[field] = marshall(value as Values, MARSHALL);
    }
    command.clientCommand.input = input;
    const output = (await this.client.send(command.clientCommand as never)) as unknown as Values;
    for (const field of Object.keys(command.outputKeyNodes)) {
      const value = output[field];
      if (value === undefined) continue;
      if (OUTPUT_MAPS.has(field)) output[field] = unmarshall(value as never);
      else if (field === "Items") output[field] = (value as never[]).map((item) => unmarshall(item));
    }
    return output;
  }

  /** This client where the adapters take a DocumentClient (the two `send`s take and give the same). */
  asDocumentClient(): this & DocumentClient {
    return this as unknown as this & DocumentClient;
  }
}
