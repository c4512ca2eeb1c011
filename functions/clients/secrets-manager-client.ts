import { SecretsManagerClient } from "@aws-sdk/client-secrets-manager";
import { CLIENT_DEFAULTS } from "./client-defaults.js";

let client: SecretsManagerClient | undefined;

export function secretsManagerClient(): SecretsManagerClient {
  client ??= new SecretsManagerClient(CLIENT_DEFAULTS);
  return client;
}
