import * as z from "zod/mini";
import { ownAddressesShape } from "./mail-config.js";

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
