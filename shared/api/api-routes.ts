import { HTTP_ENTRIES, type HttpEntry } from "../entries/entry-catalogue.js";

/**
 * The HTTP routes of the entry catalogue (shared/entries/entry-catalogue.ts), as the CDK app, the local
 * gateway and the OpenAPI document read them: one table, so they can never route differently.
 */
export interface ApiRoute extends HttpEntry {
  /** Whether the route needs a bearer JWT (`caller: "jwt"`). */
  auth: boolean;
}

export const API_ROUTES: readonly ApiRoute[] = HTTP_ENTRIES.map((route) => ({
  ...route,
  auth: route.caller === "jwt",
}));
