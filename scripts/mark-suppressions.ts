/**
 * Run once after deploying the version whose sender reads suppressions from the owner's record (deploy
 * first, then this): copies every existing `SUPPRESSION#` item's reason onto its owner's record, which new
 * suppressions write themselves. Idempotent. Reads TABLE_NAME and the standard AWS settings (region,
 * credentials) from the environment. Usage: TABLE_NAME=... npm run migrate:suppression-marks
 */
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { dynamoCopySuppressionMarks } from "../shared/adapters/dynamo-copy-suppression-marks.js";
import { TABLE_PIECE } from "../shared/config/config-pieces.js";
import { configSchemaOf } from "../shared/config/config-schema-of.js";
import { parseConfig } from "../shared/config/parse-config.js";

const config = parseConfig(configSchemaOf<readonly ["table"]>({ table: TABLE_PIECE }), process.env);
const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
const seen = await dynamoCopySuppressionMarks(client, config.tableName);
console.log(`marked ${seen} suppression(s) on their owners' records in ${config.tableName}`);
client.destroy();
