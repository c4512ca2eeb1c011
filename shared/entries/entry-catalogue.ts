/**
 * Every entry of the service: each HTTP route and each worker, the file that serves it, who may call it,
 * what it may touch and which configuration it reads. Infra deploys from it (functions, routes, grants,
 * environment), the local stack and gateway run from it, the benchmark bundles it, the composition root
 * (functions/wiring) parses each entry's configuration from it. Pure data: only types are imported.
 */
import type { ConfigPieceName } from "../config/config-pieces.js";

/** Who may call an HTTP route: a bearer JWT, anyone, or whoever holds the signed token in the path. */
export type Caller = "jwt" | "public" | "signed-token";

/** What a function does with the service's resources; infra grants exactly this, nothing else. */
export interface EntryAccess {
  table: "none" | "read" | "write";
  /**
   * Deletes items of the table (dynamodb:DeleteItem), on top of `table: "write"`. Only removing an
   * interview does; every other change is a conditional put or update (test/infra/table-delete-grants
   * matches this to the code each bundle holds).
   */
  deletesItems?: true;
  schedules: "none" | "write";
  /** Reads the token HMAC key (reply, unsubscribe and manage tokens). */
  secret: boolean;
  /** Reads our sending address and reply domain, to refuse them as contacts (no permission to send). */
  mailAddresses?: boolean;
  /** Sends mail via SES as the sending address with the configuration set. */
  sendMail?: boolean;
}

interface EntryBase {
  /** Entry file, relative to the repository root; it exports `handler`. */
  entry: string;
  access: EntryAccess;
  /** The configuration pieces (shared/config/config-pieces.ts) the function reads. */
  config: readonly ConfigPieceName[];
}

export interface HttpEntry extends EntryBase {
  kind: "http";
  method: "GET" | "POST" | "PATCH" | "DELETE";
  /** API Gateway route syntax: `{id}` is a path parameter. */
  path: string;
  caller: Caller;
  /**
   * A non-idempotent write that honours an `Idempotency-Key` header: a retry with the same key answers the
   * first answer and changes nothing (README "Retries and Idempotency-Key"). Needs a JWT caller (keys are
   * per caller) and table write access (the key is an item of the table).
   */
  idempotencyKey?: true;
}

/** What starts a worker. */
export type WorkerTrigger = "step-schedule" | "rate-schedule" | "ses-receipt" | "ses-notification";

export interface WorkerEntry extends EntryBase {
  kind: "worker";
  trigger: WorkerTrigger;
  description: string;
}

export type Entry = HttpEntry | WorkerEntry;

// Written out in each entry rather than spread: a spread keeps every entry in every bundle.
const READ_ONLY = { table: "read", schedules: "none", secret: false } as const;
const CHAIN_WRITE = { table: "write", schedules: "write", secret: false } as const;

// Each entry is a constant of its own, so a handler that imports only its entry bundles only that one.
export const healthEntry = {
  kind: "http",
  method: "GET",
  path: "/health",
  entry: "functions/http/health.ts",
  caller: "public",
  access: { table: "none", schedules: "none", secret: false },
  config: [],
} as const satisfies HttpEntry;

export const openapiEntry = {
  kind: "http",
  method: "GET",
  path: "/openapi.json",
  entry: "functions/http/openapi.ts",
  caller: "public",
  access: { table: "none", schedules: "none", secret: false },
  config: [],
} as const satisfies HttpEntry;

export const previewPlanEntry = {
  kind: "http",
  method: "POST",
  path: "/plan/preview",
  entry: "functions/http/preview-plan.ts",
  caller: "jwt",
  access: { table: "read", schedules: "none", secret: false, mailAddresses: true },
  config: ["table", "ownAddresses"],
} as const satisfies HttpEntry;

export const createInterviewEntry = {
  kind: "http",
  method: "POST",
  path: "/interviews",
  entry: "functions/http/create-interview.ts",
  caller: "jwt",
  access: { table: "write", schedules: "write", secret: false, mailAddresses: true },
  config: ["table", "scheduling", "ownAddresses", "quota"],
  idempotencyKey: true,
} as const satisfies HttpEntry;

export const listInterviewsEntry = {
  kind: "http",
  method: "GET",
  path: "/interviews",
  entry: "functions/http/list-interviews.ts",
  caller: "jwt",
  access: READ_ONLY,
  config: ["table"],
} as const satisfies HttpEntry;

export const getInterviewEntry = {
  kind: "http",
  method: "GET",
  path: "/interviews/{id}",
  entry: "functions/http/get-interview.ts",
  caller: "jwt",
  access: READ_ONLY,
  config: ["table"],
} as const satisfies HttpEntry;

export const updateInterviewEntry = {
  kind: "http",
  method: "PATCH",
  path: "/interviews/{id}",
  entry: "functions/http/update-interview.ts",
  caller: "jwt",
  access: { table: "write", schedules: "write", secret: false, mailAddresses: true },
  config: ["table", "scheduling", "ownAddresses", "quota"],
  idempotencyKey: true,
} as const satisfies HttpEntry;

export const stopInterviewEntry = {
  kind: "http",
  method: "POST",
  path: "/interviews/{id}/stop",
  entry: "functions/http/stop-interview.ts",
  caller: "jwt",
  access: CHAIN_WRITE,
  config: ["table", "scheduling"],
  idempotencyKey: true,
} as const satisfies HttpEntry;

export const snoozeInterviewEntry = {
  kind: "http",
  method: "POST",
  path: "/interviews/{id}/snooze",
  entry: "functions/http/snooze-interview.ts",
  caller: "jwt",
  access: CHAIN_WRITE,
  config: ["table", "scheduling"],
  idempotencyKey: true,
} as const satisfies HttpEntry;

export const deleteInterviewEntry = {
  kind: "http",
  method: "DELETE",
  path: "/interviews/{id}",
  entry: "functions/http/delete-interview.ts",
  caller: "jwt",
  access: { table: "write", deletesItems: true, schedules: "write", secret: false },
  config: ["table", "scheduling"],
} as const satisfies HttpEntry;

export const getUsageEntry = {
  kind: "http",
  method: "GET",
  path: "/usage",
  entry: "functions/http/get-usage.ts",
  caller: "jwt",
  access: READ_ONLY,
  config: ["table", "quota"],
} as const satisfies HttpEntry;

export const getInsightsEntry = {
  kind: "http",
  method: "GET",
  path: "/insights",
  entry: "functions/http/get-insights.ts",
  caller: "jwt",
  access: READ_ONLY,
  config: ["table"],
} as const satisfies HttpEntry;

export const issueCalendarFeedEntry = {
  kind: "http",
  method: "POST",
  path: "/calendar-token",
  entry: "functions/http/issue-calendar-feed.ts",
  caller: "jwt",
  access: { table: "write", schedules: "none", secret: true },
  config: ["table", "replyToken", "publicApiUrl"],
} as const satisfies HttpEntry;

export const revokeCalendarFeedEntry = {
  kind: "http",
  method: "DELETE",
  path: "/calendar-token",
  entry: "functions/http/revoke-calendar-feed.ts",
  caller: "jwt",
  access: { table: "write", schedules: "none", secret: false },
  config: ["table"],
} as const satisfies HttpEntry;

// The calendar feed (`/calendar/<token>.ics`; API Gateway takes a whole path segment as a parameter, the
// handler requires the `.ics`): no sign-in, because calendar apps subscribe without one; the signed token
// in the path is the capability, and its generation on the table makes it revocable.
export const calendarFeedEntry = {
  kind: "http",
  method: "GET",
  path: "/calendar/{token}",
  entry: "functions/http/calendar-feed.ts",
  caller: "signed-token",
  access: { table: "read", schedules: "none", secret: true },
  config: ["table", "replyToken"],
} as const satisfies HttpEntry;

// RFC 8058 one-click unsubscribe: public by necessity (the contact has no account); the signed token in
// the path is the capability. GET only shows a confirmation form, because link scanners prefetch GETs.
export const unsubscribePageEntry = {
  kind: "http",
  method: "GET",
  path: "/unsubscribe/{token}",
  entry: "functions/http/unsubscribe-page.ts",
  caller: "signed-token",
  access: { table: "none", schedules: "none", secret: true },
  config: ["replyToken"],
} as const satisfies HttpEntry;

export const unsubscribeEntry = {
  kind: "http",
  method: "POST",
  path: "/unsubscribe/{token}",
  entry: "functions/http/unsubscribe.ts",
  caller: "signed-token",
  access: { table: "write", schedules: "write", secret: true },
  config: ["table", "scheduling", "replyToken"],
} as const satisfies HttpEntry;

// The stop/snooze link of a reminder to the candidate: public so that it works from any mail client
// without signing in; the signed token in the path is the capability. GET only reads (link scanners
// prefetch GETs), so it gets read access to the table and nothing else; the POST changes the chain.
export const managePageEntry = {
  kind: "http",
  method: "GET",
  path: "/manage/{token}",
  entry: "functions/http/manage-page.ts",
  caller: "signed-token",
  access: { table: "read", schedules: "none", secret: true },
  config: ["table", "replyToken"],
} as const satisfies HttpEntry;

export const manageEntry = {
  kind: "http",
  method: "POST",
  path: "/manage/{token}",
  entry: "functions/http/manage.ts",
  caller: "signed-token",
  access: { table: "write", schedules: "write", secret: true },
  config: ["table", "scheduling", "replyToken"],
} as const satisfies HttpEntry;

/**
 * The sender's configuration pieces, a constant of their own: the sender checks its pieces against this list
 * and so bundles it, not the rest of its entry (trigger, access, description), which only infra reads.
 */
export const SENDER_CONFIG = ["table", "scheduling", "replyToken", "mail", "quota", "publicApiUrl"] as const;

export const senderEntry = {
  kind: "worker",
  trigger: "step-schedule",
  entry: "functions/sender.ts",
  description: "Sends one follow-up step when its schedule fires",
  access: { table: "write", schedules: "write", secret: true, sendMail: true },
  config: SENDER_CONFIG,
} as const satisfies WorkerEntry;

export const reconcilerEntry = {
  kind: "worker",
  trigger: "rate-schedule",
  entry: "functions/reconciler.ts",
  description: "Re-creates missing step schedules every 15 minutes",
  access: CHAIN_WRITE,
  config: ["table", "scheduling"],
} as const satisfies WorkerEntry;

export const sesEventsEntry = {
  kind: "worker",
  trigger: "ses-notification",
  entry: "functions/ses-events.ts",
  description:
    "Suppresses bounced and complaining addresses and skips their pending steps; indexes sent Message-IDs",
  access: { table: "write", schedules: "none", secret: false },
  config: ["table", "messageIdDomain"],
} as const satisfies WorkerEntry;

export const inboundEntry = {
  kind: "worker",
  trigger: "ses-receipt",
  entry: "functions/inbound.ts",
  description: "Handles replies: stops the chain on a person's reply and forwards it to the candidate",
  access: { table: "write", schedules: "write", secret: true, sendMail: true },
  config: ["table", "scheduling", "replyToken", "mail", "inboundMail", "inboundLimits", "publicApiUrl"],
} as const satisfies WorkerEntry;

export const ENTRIES = {
  health: healthEntry,
  openapi: openapiEntry,
  previewPlan: previewPlanEntry,
  createInterview: createInterviewEntry,
  listInterviews: listInterviewsEntry,
  getInterview: getInterviewEntry,
  updateInterview: updateInterviewEntry,
  stopInterview: stopInterviewEntry,
  snoozeInterview: snoozeInterviewEntry,
  deleteInterview: deleteInterviewEntry,
  getUsage: getUsageEntry,
  getInsights: getInsightsEntry,
  issueCalendarFeed: issueCalendarFeedEntry,
  revokeCalendarFeed: revokeCalendarFeedEntry,
  calendarFeed: calendarFeedEntry,
  unsubscribePage: unsubscribePageEntry,
  unsubscribe: unsubscribeEntry,
  managePage: managePageEntry,
  manage: manageEntry,
  sender: senderEntry,
  reconciler: reconcilerEntry,
  sesEvents: sesEventsEntry,
  inbound: inboundEntry,
} as const satisfies Record<string, Entry>;

/** Every entry, routes first, in the catalogue's order. */
export const ENTRY_LIST: readonly Entry[] = /* @__PURE__ */ Object.values(ENTRIES);

/** The HTTP routes, in the catalogue's order (the local gateway matches them in this order). */
export const HTTP_ENTRIES: readonly HttpEntry[] = /* @__PURE__ */ ENTRY_LIST.filter(
  (e): e is HttpEntry => e.kind === "http",
);

/** The workers: invoked by a schedule, SES or SNS, never by a caller. */
export const WORKER_ENTRIES: readonly WorkerEntry[] = /* @__PURE__ */ ENTRY_LIST.filter(
  (e): e is WorkerEntry => e.kind === "worker",
);
