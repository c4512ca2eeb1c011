import * as z from "zod/mini";
import { formattedString } from "../domain/formatted-string.js";
import { MESSAGE_ID_DOMAIN_PATTERN } from "../domain/ses-message-id-domain.js";
import { ZOD_EMAIL_PATTERN } from "../domain/zod-string-patterns.js";
import { nonEmpty, plainNonEmpty } from "./parse-config.js";

/** A reply domain's form (the plain readers test it too): dot-separated letters, digits and hyphens. */
export const REPLY_DOMAIN_PATTERN = /^[a-z0-9.-]+\.[a-z]{2,}$/i;

/** Our sending address and reply domain: what the routes that take contacts read too (own-addresses-config.ts). */
export const ownAddressesShape = () => ({
  MAIL_FROM_ADDRESS: formattedString(ZOD_EMAIL_PATTERN, "must be the verified sending address"),
  REPLY_DOMAIN: z.string().check(z.regex(REPLY_DOMAIN_PATTERN, "must be a domain name")),
});

/**
 * Our two addresses as their shape gives them, read without zod: `z.email()`'s pattern and the reply domain's,
 * both on the value as set (neither schema trims); undefined where either refuses it.
 */
export function plainOwnAddresses(
  env: Record<string, string | undefined>,
): { MAIL_FROM_ADDRESS: string; REPLY_DOMAIN: string } | undefined {
  const { MAIL_FROM_ADDRESS: from, REPLY_DOMAIN: domain } = env;
  if (typeof from !== "string" || !ZOD_EMAIL_PATTERN.test(from)) return undefined;
  if (typeof domain !== "string" || !REPLY_DOMAIN_PATTERN.test(domain)) return undefined;
  return { MAIL_FROM_ADDRESS: from, REPLY_DOMAIN: domain };
}

/** What every function that sends mail needs: our identity, the reply domain, SES's settings. */
export const mailConfigShape = () => ({
  ...ownAddressesShape(),
  SES_CONFIGURATION_SET: z.optional(nonEmpty()),
  /** Overrides the domain of the Message-ID header SES writes (default: from AWS_REGION). */
  SES_MESSAGE_ID_DOMAIN: z.optional(
    z.string().check(z.regex(MESSAGE_ID_DOMAIN_PATTERN, "must be a domain name")),
  ),
});

export interface MailConfig {
  mailFromAddress: string;
  replyDomain: string;
  sesConfigurationSet?: string | undefined;
  sesMessageIdDomain?: string | undefined;
}
export const readMailConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof mailConfigShape>>>,
): MailConfig => ({
  mailFromAddress: c.MAIL_FROM_ADDRESS,
  replyDomain: c.REPLY_DOMAIN,
  sesConfigurationSet: c.SES_CONFIGURATION_SET,
  sesMessageIdDomain: c.SES_MESSAGE_ID_DOMAIN,
});

/**
 * The mail variables as their schema gives them, read without zod (plain-pieces.ts): our two addresses as
 * plainOwnAddresses reads them, the configuration set as `nonEmpty` reads it and the Message-ID domain on its
 * pattern, each of those two only when set.
 */
export function plainMailConfig(
  env: Record<string, string | undefined>,
): z.infer<z.ZodMiniObject<ReturnType<typeof mailConfigShape>>> | undefined {
  const own = plainOwnAddresses(env);
  const { SES_CONFIGURATION_SET: set, SES_MESSAGE_ID_DOMAIN: messageIdDomain } = env;
  const configurationSet = set === undefined ? undefined : plainNonEmpty(set);
  if (own === undefined || (set !== undefined && configurationSet === undefined)) return undefined;
  if (messageIdDomain !== undefined && !MESSAGE_ID_DOMAIN_PATTERN.test(messageIdDomain)) return undefined;
  return {
    ...own,
    ...(configurationSet === undefined ? {} : { SES_CONFIGURATION_SET: configurationSet }),
    ...(messageIdDomain === undefined ? {} : { SES_MESSAGE_ID_DOMAIN: messageIdDomain }),
  };
}
