import type { OwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { ownAddressesConfigSchema } from "../../shared/config/own-addresses-config.js";
import { parseConfig } from "../../shared/config/parse-config.js";

/** Our sending address and reply domain, parsed once at cold start, for routes that take contacts. */
export function ownAddresses(env = process.env): OwnAddresses {
  const config = parseConfig(ownAddressesConfigSchema, env);
  return { sendingAddress: config.MAIL_FROM_ADDRESS, replyDomain: config.REPLY_DOMAIN };
}
