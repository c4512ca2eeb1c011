/** The app's screens. They live under /app/ (and / for the list) so they never shadow an API path. */
export type AppRoute =
  | { name: "list" }
  | { name: "new" }
  | { name: "interview"; id: string }
  | { name: "insights" }
  | { name: "missing" };

export function parseRoute(pathname: string): AppRoute {
  if (pathname === "/" || pathname === "/app" || pathname === "/app/") return { name: "list" };
  if (pathname === "/app/new") return { name: "new" };
  if (pathname === "/app/insights") return { name: "insights" };
  const id = /^\/app\/interviews\/([^/]+)$/.exec(pathname)?.[1];
  if (id) {
    try {
      return { name: "interview", id: decodeURIComponent(id) };
    } catch {
      return { name: "missing" };
    }
  }
  return { name: "missing" };
}

export const interviewPath = (id: string) => `/app/interviews/${encodeURIComponent(id)}`;

/** Moves to another screen without a page load. */
export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}
