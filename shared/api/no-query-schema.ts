import * as z from "zod/mini";

/**
 * The query of a route that takes none: any parameter is a 400 naming it, as GET /interviews names one it
 * does not know, rather than a typo (`?status=active` on /usage) silently doing nothing. No cache-buster is
 * needed: every JSON answer is `Cache-Control: no-store`, and neither browsers nor API Gateway add parameters.
 */
export const noQuerySchema = /* @__PURE__ */ z.lazy(() => z.strictObject({}));
