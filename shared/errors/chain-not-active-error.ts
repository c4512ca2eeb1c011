import { ConflictError } from "./app-error.js";

/**
 * The chain was stopped, replied to, completed or superseded: a request that needs it active (stop, snooze)
 * has nothing to act on. `consequence`, when given, ends the message ("there is nothing to snooze").
 */
export class ChainNotActiveError extends ConflictError {
  constructor(chain: { status: string; stopReason?: string | undefined }, consequence?: string) {
    // "superseded", not "superseded (superseded)": a reply or a new round sets the reason to the status.
    const reason = chain.stopReason && chain.stopReason !== chain.status ? ` (${chain.stopReason})` : "";
    const state = `${chain.status}${reason}`;
    super("chain_not_active", `This chain is already ${state}${consequence ? `: ${consequence}` : ""}.`);
  }
}
