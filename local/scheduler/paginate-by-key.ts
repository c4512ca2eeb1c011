import { validationError } from "./scheduler-api-error.js";

const MAX_PAGE = 100;

/** Pages in key order; the token is the last key returned, so pages stay stable while items change. */
export function paginateByKey<T>(
  entries: Array<[string, T]>,
  query: URLSearchParams,
): { page: T[]; nextToken?: string } {
  const rawMax = query.get("MaxResults");
  let max = MAX_PAGE;
  if (rawMax !== null) {
    max = Number(rawMax);
    if (!Number.isInteger(max) || max < 1 || max > MAX_PAGE) {
      throw validationError(
        `Value '${rawMax}' at 'maxResults' failed to satisfy constraint: between 1 and 100`,
      );
    }
  }
  const token = query.get("NextToken");
  let after: string | undefined;
  if (token !== null) {
    after = Buffer.from(token, "base64url").toString("utf8");
    if (!token || Buffer.from(after, "utf8").toString("base64url") !== token) {
      throw validationError("Invalid NextToken.");
    }
  }
  const sorted = entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rest = after === undefined ? sorted : sorted.filter(([key]) => key > after);
  const page = rest.slice(0, max);
  const last = page.at(-1);
  const nextToken =
    rest.length > max && last ? Buffer.from(last[0], "utf8").toString("base64url") : undefined;
  return { page: page.map(([, v]) => v), nextToken };
}
