import * as z from "zod/mini";

/**
 * What a manage link's POST asks for, from the page's form (`action=stop`) or as JSON. Not strict: a
 * browser may add fields of its own (a named submit button), which are ignored.
 */
export const manageInputSchema = z.lazy(() =>
  z.object({
    action: z.enum(["stop", "snooze"], "must be stop or snooze"),
  }),
);
