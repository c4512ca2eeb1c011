import type { Interview } from "../domain/interview.js";

/**
 * A client's condition on the item a write changes (an HTTP If-Match). The use case calls it on the item
 * its conditional write starts from, on every attempt, and it throws when it does not hold: a write racing
 * in after the client's read then refuses the request instead of being written over.
 */
export type Precondition = (current: Interview) => void;
