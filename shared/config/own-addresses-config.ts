import * as z from "zod/mini";
import { ZOD_EMAIL_PATTERN } from "../domain/zod-string-patterns.js";
import { ownAddressesShape, REPLY_DOMAIN_PATTERN } from "./mail-config.js";

/**
 * Routes that take contacts read our own sending address and reply domain, to refuse them as contacts: an
 * email "to the recruiter" at our reply domain would come straight back in as a reply, and so on forever.
 */
export const ownAddressesConfigShape = ownAddressesShape;
export const ownAddressesConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(ownAddressesConfigShape()));

export interface OwnAddressesConfig {
  mailFromAddress: string;
  replyDomain: string;
}
export const readOwnAddressesConfig = (c: z.infer<typeof ownAddressesConfigSchema>): OwnAddressesConfig => ({
  mailFromAddress: c.MAIL_FROM_ADDRESS,
  replyDomain: c.REPLY_DOMAIN,
});

/**
 * Our two addresses as the schema gives them, read without zod (plain-pieces.ts): `z.email()`'s
 * pattern and the reply domain's, both on the value as set (neither schema trims).
 */
export function plainOwnAddressesConfig(
  env: Record<string, string | undefined>,
): { MAIL_FROM_ADDRESS: string; REPLY_DOMAIN: string } | undefined {
  const { MAIL_FROM_ADDRESS: from, REPLY_DOMAIN: domain } = env;
  if (typeof from !== "string" || !ZOD_EMAIL_PATTERN.test(from)) return undefined;
  if (typeof domain !== "string" || !REPLY_DOMAIN_PATTERN.test(domain)) return undefined;
  return { MAIL_FROM_ADDRESS: from, REPLY_DOMAIN: domain };
}
