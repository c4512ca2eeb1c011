import { GetSecretValueCommand } from "@aws-sdk/client-secrets-manager";
import type { ReplyTokenConfig } from "../../shared/config/reply-token-config.js";
import { lazyAsync } from "../wiring/lazy.js";
import { secretsManagerClient } from "./secrets-manager-client.js";

let secret: (() => Promise<string>) | undefined;

/**
 * The HMAC key of reply and unsubscribe tokens: given directly (local stack) or read once per container
 * from Secrets Manager (AWS). A failed read is not cached, so the next invocation tries again.
 */
export function replyTokenSecret(config: ReplyTokenConfig): Promise<string> {
  secret ??= lazyAsync(() => load(config));
  return secret();
}

async function load(config: ReplyTokenConfig): Promise<string> {
  if (config.replyTokenSecret) return config.replyTokenSecret;
  const out = await secretsManagerClient().send(
    new GetSecretValueCommand({ SecretId: config.replyTokenSecretArn }),
  );
  if (!out.SecretString || out.SecretString.length < 16)
    throw new Error("The reply-token secret is empty or too short");
  return out.SecretString;
}
