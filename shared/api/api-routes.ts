/**
 * The HTTP routes and the Lambda entry that serves each: the one table both the CDK app and the local
 * gateway read, so the two can never route differently. Pure data: no runtime code is imported.
 */
export interface ApiRoute {
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** API Gateway route syntax: `{id}` is a path parameter. */
  path: string;
  /** Entry file, relative to the repository root; it exports `handler`. */
  entry: string;
  /** Whether the route needs a bearer JWT. */
  auth: boolean;
  /**
   * What the function does with the table and the schedules, and whether it reads the token HMAC key
   * (reply, unsubscribe and manage tokens); infra grants exactly this.
   */
  access: {
    table: "none" | "read" | "write";
    schedules: "none" | "write";
    secret: boolean;
    /** Reads our sending address and reply domain, to refuse them as contacts (no permission to send). */
    mailAddresses?: boolean;
  };
  /**
   * A non-idempotent write that honours an `Idempotency-Key` header: a retry with the same key answers the
   * first answer and changes nothing (README "Retries and Idempotency-Key"). Needs `auth` (keys are per
   * caller) and table write access (the key is an item of the table).
   */
  idempotencyKey?: true;
}

export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: "GET",
    path: "/health",
    entry: "functions/http/health.ts",
    auth: false,
    access: { table: "none", schedules: "none", secret: false },
  },
  {
    method: "GET",
    path: "/openapi.json",
    entry: "functions/http/openapi.ts",
    auth: false,
    access: { table: "none", schedules: "none", secret: false },
  },
  {
    method: "POST",
    path: "/plan/preview",
    entry: "functions/http/preview-plan.ts",
    auth: true,
    access: { table: "read", schedules: "none", secret: false, mailAddresses: true },
  },
  {
    method: "POST",
    path: "/interviews",
    entry: "functions/http/create-interview.ts",
    auth: true,
    access: { table: "write", schedules: "write", secret: false, mailAddresses: true },
    idempotencyKey: true,
  },
  {
    method: "GET",
    path: "/interviews",
    entry: "functions/http/list-interviews.ts",
    auth: true,
    access: { table: "read", schedules: "none", secret: false },
  },
  {
    method: "GET",
    path: "/interviews/{id}",
    entry: "functions/http/get-interview.ts",
    auth: true,
    access: { table: "read", schedules: "none", secret: false },
  },
  {
    method: "PATCH",
    path: "/interviews/{id}",
    entry: "functions/http/update-interview.ts",
    auth: true,
    access: { table: "write", schedules: "write", secret: false, mailAddresses: true },
    idempotencyKey: true,
  },
  {
    method: "POST",
    path: "/interviews/{id}/stop",
    entry: "functions/http/stop-interview.ts",
    auth: true,
    access: { table: "write", schedules: "write", secret: false },
    idempotencyKey: true,
  },
  {
    method: "DELETE",
    path: "/interviews/{id}",
    entry: "functions/http/delete-interview.ts",
    auth: true,
    access: { table: "write", schedules: "write", secret: false },
  },
  {
    method: "GET",
    path: "/usage",
    entry: "functions/http/get-usage.ts",
    auth: true,
    access: { table: "read", schedules: "none", secret: false },
  },
  {
    method: "GET",
    path: "/insights",
    entry: "functions/http/get-insights.ts",
    auth: true,
    access: { table: "read", schedules: "none", secret: false },
  },
  {
    method: "POST",
    path: "/calendar-token",
    entry: "functions/http/issue-calendar-feed.ts",
    auth: true,
    access: { table: "write", schedules: "none", secret: true },
  },
  {
    method: "DELETE",
    path: "/calendar-token",
    entry: "functions/http/revoke-calendar-feed.ts",
    auth: true,
    access: { table: "write", schedules: "none", secret: false },
  },
  // The calendar feed (`/calendar/<token>.ics`; API Gateway takes a whole path segment as a parameter, the
  // handler requires the `.ics`): public because calendar apps subscribe without signing in; the signed
  // token in the path is the capability, and its generation on the table makes it revocable.
  {
    method: "GET",
    path: "/calendar/{token}",
    entry: "functions/http/calendar-feed.ts",
    auth: false,
    access: { table: "read", schedules: "none", secret: true },
  },
  // RFC 8058 one-click unsubscribe: public by necessity (the contact has no account); the signed token in
  // the path is the capability. GET only shows a confirmation form, because link scanners prefetch GETs.
  {
    method: "GET",
    path: "/unsubscribe/{token}",
    entry: "functions/http/unsubscribe-page.ts",
    auth: false,
    access: { table: "none", schedules: "none", secret: true },
  },
  {
    method: "POST",
    path: "/unsubscribe/{token}",
    entry: "functions/http/unsubscribe.ts",
    auth: false,
    access: { table: "write", schedules: "write", secret: true },
  },
  // The stop/snooze link of a reminder to the candidate: public so that it works from any mail client
  // without signing in; the signed token in the path is the capability. GET only reads (link scanners
  // prefetch GETs), so it gets read access to the table and nothing else; the POST changes the chain.
  {
    method: "GET",
    path: "/manage/{token}",
    entry: "functions/http/manage-page.ts",
    auth: false,
    access: { table: "read", schedules: "none", secret: true },
  },
  {
    method: "POST",
    path: "/manage/{token}",
    entry: "functions/http/manage.ts",
    auth: false,
    access: { table: "write", schedules: "write", secret: true },
  },
];
