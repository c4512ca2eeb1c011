import * as z from "zod/mini";

const manageShape = () => ({
  action: z.enum(["stop", "snooze"], "must be stop or snooze"),
});

/** What a manage link's POST asks for as JSON: strict, as every JSON body (`{"days": 30}` is refused, named). */
export const manageInputSchema = z.lazy(() => z.strictObject(manageShape()));

/**
 * The same from the manage page's form (`action=stop`). Not strict: a browser may add fields of its own
 * (a named submit button), which are ignored.
 */
export const manageFormSchema = z.lazy(() => z.object(manageShape()));
