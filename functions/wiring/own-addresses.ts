import type { OwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import type { OwnAddressesConfig } from "../../shared/config/own-addresses-config.js";

/** Our sending address and reply domain, for routes that take contacts (to refuse them as contacts). */
export function ownAddresses(config: OwnAddressesConfig): OwnAddresses {
  return { sendingAddress: config.mailFromAddress, replyDomain: config.replyDomain };
}
