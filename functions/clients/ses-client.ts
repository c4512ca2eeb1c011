import { SESv2Client } from "@aws-sdk/client-sesv2";
import { CLIENT_DEFAULTS } from "./client-defaults.js";

let client: SESv2Client | undefined;

export function sesClient(): SESv2Client {
  client ??= new SESv2Client(CLIENT_DEFAULTS);
  return client;
}
