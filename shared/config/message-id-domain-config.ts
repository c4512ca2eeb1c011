import * as z from "zod/mini";
import { MESSAGE_ID_DOMAIN_PATTERN } from "../domain/ses-message-id-domain.js";

/** What a function that names the emails SES sent needs: the domain of the Message-ID header SES writes. */
export const messageIdDomainConfigShape = () => ({
  /** Overrides the domain of the Message-ID header SES writes (default: from AWS_REGION). */
  SES_MESSAGE_ID_DOMAIN: z.optional(
    z.string().check(z.regex(MESSAGE_ID_DOMAIN_PATTERN, "must be a domain name")),
  ),
});

export interface MessageIdDomainConfig {
  sesMessageIdDomain?: string | undefined;
}
export const readMessageIdDomainConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof messageIdDomainConfigShape>>>,
): MessageIdDomainConfig => ({ sesMessageIdDomain: c.SES_MESSAGE_ID_DOMAIN });

/** The variable as its schema gives it (left out when unset, as set otherwise), read without zod (plain-pieces.ts). */
export function plainMessageIdDomainConfig(
  env: Record<string, string | undefined>,
): { SES_MESSAGE_ID_DOMAIN?: string } | undefined {
  const domain = env.SES_MESSAGE_ID_DOMAIN;
  if (domain === undefined) return {};
  return MESSAGE_ID_DOMAIN_PATTERN.test(domain) ? { SES_MESSAGE_ID_DOMAIN: domain } : undefined;
}
