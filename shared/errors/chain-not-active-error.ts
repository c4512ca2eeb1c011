import { ConflictError } from "./app-error.js";

/**
 * The chain was stopped, replied to, completed or superseded: a request that needs it active (stop, snooze)
 * has nothing to act on. `consequence`, when given, ends the message ("there is nothing to snooze").
 */
export class ChainNotActiveError extends ConflictError {
  constructor(chain: { status: string; stopReason?: string | undefined }, consequence?: string) {
    const state = `${chain.status}${chain.stopReason ? ` (${chain.stopReason})` : ""}`;
    super("chain_not_active", `This chain is already ${state}${consequence ? `: ${consequence}` : ""}.`);
  }
}
