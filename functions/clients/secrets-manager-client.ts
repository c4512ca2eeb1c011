import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { CACHED_MIDDLEWARE, CLIENT_DEFAULTS, withoutSdkLogging } from "./client-defaults.js";

let client: SecretsManagerClient | undefined;

export function secretsManagerClient(): SecretsManagerClient {
  client ??= withoutSdkLogging(new SecretsManagerClient({ ...CLIENT_DEFAULTS, ...CACHED_MIDDLEWARE }));
  return client;
}
