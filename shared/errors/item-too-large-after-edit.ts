import { ItemTooLargeError } from "./item-too-large-error.js";

/**
 * An edit would grow the interview past `maxBytes`: the 413 an edit answers (its own function, not a static
 * method, so the Lambdas that never edit do not bundle its wording).
 */
export function itemTooLargeAfterEdit(id: string, sizeBytes: number, maxBytes: number): ItemTooLargeError {
  return new ItemTooLargeError(
    id,
    undefined,
    `This change would make the interview ${Math.ceil(sizeBytes / 1000)} KB, over the ${maxBytes / 1000} KB one interview may take. ` +
      "Remove wording you no longer need (stepTemplates with null for a step, or templates: null), " +
      "or delete the interview and register it again.",
  );
}
