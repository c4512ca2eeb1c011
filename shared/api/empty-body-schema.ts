import * as z from "zod/mini";

/**
 * The body of a POST that takes no input (`POST /calendar-token`), optional as snooze's: none, or `{}`.
 * Anything in it is a mistake to name (`{"revoke": true}` does not revoke), not something to ignore.
 */
export const emptyBodySchema = /* @__PURE__ */ z.lazy(() => z.strictObject({}));
