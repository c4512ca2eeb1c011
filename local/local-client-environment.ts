import { environmentFor } from "../shared/config/environment-for.js";
import { localConfig } from "./local-config.js";
import { LOCAL_REGION, LOCAL_TABLE } from "./local-names.js";

/**
 * What a tool run beside `npm start` (the CLI's `--local`) sets in its environment to reach the local
 * stack's table through the same wiring the functions use: the SDK's endpoint and region, and the table
 * variable of the catalogue. The ports and data directory are read as `npm start` reads them.
 */
export function localClientEnvironment(env: Record<string, string | undefined>): Record<string, string> {
  const { DYNAMODB_PORT } = localConfig(env);
  return {
    AWS_REGION: LOCAL_REGION,
    AWS_ACCESS_KEY_ID: "local",
    AWS_SECRET_ACCESS_KEY: "local",
    AWS_ENDPOINT_URL_DYNAMODB: `http://127.0.0.1:${DYNAMODB_PORT}`,
    ...environmentFor(["table"], { tableName: LOCAL_TABLE }),
  };
}

/** The local stack's data directory, as `npm start` reads it. */
export function localDataDir(env: Record<string, string | undefined>): string {
  return localConfig(env).FOLLOWUP_DATA_DIR;
}
