import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manageToken } from "../../../shared/security/manage-token.js";
import { unsubscribeToken } from "../../../shared/security/unsubscribe-token.js";
import { type ApiOptions, conformanceClient } from "../support/conformance-client.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";
import { markKeyInProgress } from "../support/mark-key-in-progress.js";

/**
 * Operations of the document this test does not drive, each with the reason. Empty: every route runs on
 * the local stack. A new route must be exercised below or named here.
 */
const NOT_EXERCISED: Record<string, string> = {};

let h: Awaited<ReturnType<typeof startHarness>>;
let c: Awaited<ReturnType<typeof conformanceClient>>;
const tokens: Record<string, string> = {};
const previousQuota = process.env.QUOTA_INTERVIEWS_PER_DAY;

beforeAll(async () => {
  // A small daily quota makes the 429 cheap to reach; each scenario registers as an owner of its own.
  process.env.QUOTA_INTERVIEWS_PER_DAY = "3";
  h = await startHarness();
  c = await conformanceClient(h);
  for (const who of ["sam", "eve", "kim", "lea", "max", "quota"]) tokens[who] = await h.token(who);
});
afterAll(async () => {
  await h?.close();
  if (previousQuota === undefined) delete process.env.QUOTA_INTERVIEWS_PER_DAY;
  else process.env.QUOTA_INTERVIEWS_PER_DAY = previousQuota;
});

/** A request as `who` (their bearer token), with `options`. */
const as =
  (who: string) =>
  (options: ApiOptions = {}): ApiOptions => ({ token: tokens[who] ?? "", ...options });
/** A raw body of the given Content-Type. */
const typed = (type: string, raw: string, options: ApiOptions = {}): ApiOptions => ({
  ...options,
  raw,
  headers: { ...options.headers, "content-type": type },
});
const body = (overrides: Record<string, unknown> = {}) => interviewBody(h.stack.clock.now(), overrides);
const secret = () => process.env.REPLY_TOKEN_SECRET ?? "";
const TOO_LARGE = { notes: "x".repeat(70 * 1024) };
const MISSING_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
const [sam, eve, kim, lea, max, quota] = [as("sam"), as("eve"), as("kim"), as("lea"), as("max"), as("quota")];

async function register(who: (options?: ApiOptions) => ApiOptions, overrides: Record<string, unknown> = {}) {
  return (await c.at("POST /interviews", "/interviews")(201, who({ body: body(overrides) }))).json;
}

describe("the local stack's answers, against its OpenAPI document", () => {
  it("health and the document itself", async () => {
    await c.at("GET /health", "/health")(200);
    await c.at("GET /openapi.json", "/openapi.json")(200);
  });

  it("POST /interviews with an Idempotency-Key: created, replayed, reused, malformed, in progress", async () => {
    const create = c.at("POST /interviews", "/interviews");
    const keyed = (key: string, overrides: Record<string, unknown> = {}) =>
      sam({ body: body(overrides), headers: { "idempotency-key": key } });
    const created = await create(201, keyed("create-1"));
    expect(created.headers.get("location")).toBe(`/interviews/${created.json.id}`);
    expect((await create(201, keyed("create-1"))).headers.get("idempotent-replayed")).toBe("true");
    await create(422, keyed("create-1", { round: "final" }));
    await create(400, keyed("x".repeat(256)));
    // A refused body is a final answer too: kept, and replayed.
    await create(400, keyed("create-bad", { timezone: "Mars/Olympus" }));
    const again = await create(400, keyed("create-bad", { timezone: "Mars/Olympus" }));
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    await markKeyInProgress(h, "sam", "create-1");
    expect((await create(409, keyed("create-1"))).json.error.code).toBe("idempotency_in_progress");
  });

  it.each(["POST /interviews", "POST /plan/preview"])("%s: refused bodies and callers", async (op) => {
    const send = c.at(op, op.split(" ")[1] ?? "");
    await send(400, sam({ body: body({ timezone: "Mars/Olympus" }) }));
    await send(400, sam(typed("application/json", "{not json")));
    await send(401, { body: body() });
    await send(401, { token: "not-a-jwt", body: body() });
    await send(413, sam({ body: body(TOO_LARGE) }));
    await send(415, sam(typed("text/plain", "company=Acme")));
  });

  it("POST /plan/preview, the daily quota and GET /interviews", async () => {
    await c.at("POST /plan/preview", "/plan/preview")(200, sam({ body: body() }));
    for (const company of ["One", "Two", "Three"]) await register(quota, { company });
    const refused = await c.at("POST /interviews", "/interviews")(429, quota({ body: body() }));
    expect(refused.json.error.quota).toBe("interviews_per_day");

    const list = (query: string) => c.at("GET /interviews", `/interviews${query}`);
    const page = await list("?limit=1")(200, quota());
    await list(`?limit=1&cursor=${encodeURIComponent(page.json.nextCursor)}`)(200, quota());
    await list("?status=stopped")(200, quota());
    for (const bad of ["?cursor=not-a-cursor", "?limit=0", "?status=asleep"]) await list(bad)(400, quota());
    await list("")(401);
  });

  it("one interview: read, changed, snoozed, stopped and erased", async () => {
    const { id, steps } = await register(kim, {
      candidate: { name: "Sam Lee", email: "sam@example.com", greeting: "Sam" },
      interviewers: [{ name: "Ortiz Dana", email: "dana@acme.example", greeting: "Dana" }],
    });
    const path = `/interviews/${id}`;
    const get = c.at("GET /interviews/{id}", path);
    await get(200, kim());
    await get(404, eve());
    await c.at("GET /interviews/{id}", `/interviews/${MISSING_ID}`)(404, kim());
    await get(401);
    await c.at("GET /interviews/{id}", `${path}?view=full`)(400, kim());

    const patch = c.at("PATCH /interviews/{id}", path);
    await patch(200, kim({ body: { notes: "Ask about on-call." } }));
    await patch(
      200,
      kim({ body: { stepTemplates: { [steps[0].id]: { subject: "Thanks, {{contact.name}}" } } } }),
    );
    const greeted = await patch(
      200,
      kim({ body: { recruiter: { name: "Shah Priya", email: "priya@acme.example", greeting: "Dr. Shah" } } }),
    );
    expect(greeted.json.recruiter.greeting).toBe("Dr. Shah");
    expect(greeted.json.interviewers[0].greeting).toBe("Dana");
    const badGreeting = { name: "Shah Priya", email: "priya@acme.example", greeting: "Dr.\nShah" };
    const refused = await patch(400, kim({ body: { recruiter: badGreeting } }));
    expect(refused.json.error.issues).toEqual([
      { field: "recruiter.greeting", problem: "must not contain line breaks or control characters" },
    ]);
    await patch(400, kim({ body: { timezone: "Nowhere/Land" } }));
    await patch(400, kim(typed("application/json", "{")));
    await patch(401, { body: { notes: "x" } });
    await patch(404, eve({ body: { notes: "x" } }));
    await patch(413, kim({ body: TOO_LARGE }));
    await patch(415, kim(typed("text/plain", "notes=x")));
    const once = (notes: string, who = kim) =>
      who({ body: { notes }, headers: { "idempotency-key": "patch-1" } });
    await patch(200, once("once"));
    expect((await patch(200, once("once"))).headers.get("idempotent-replayed")).toBe("true");
    await patch(422, once("twice"));
    await patch(404, once("not yours", eve));
    expect((await patch(404, once("not yours", eve))).headers.get("idempotent-replayed")).toBe("true");
    const replace = (n: number) =>
      kim({ body: { interviewers: [{ name: "New Person", email: `new${n}@acme.example` }] } });
    for (const n of [0, 1, 2]) await patch(200, replace(n));
    expect((await patch(429, replace(3))).json.error.resetsAt).toBeNull();

    const snooze = c.at("POST /interviews/{id}/snooze", `${path}/snooze`);
    await snooze(200, kim());
    await snooze(200, kim({ body: { days: 3 } }));
    await snooze(400, kim({ body: { days: 99 } }));
    await snooze(401);
    await snooze(404, eve());
    await snooze(415, kim(typed("text/plain", "days=3")));

    const stop = c.at("POST /interviews/{id}/stop", `${path}/stop`);
    await stop(400, kim({ body: { reason: "bored" } }));
    await stop(401, { body: { reason: "offer" } });
    await stop(404, eve({ body: { reason: "offer" } }));
    await stop(200, kim({ body: { reason: "offer" } }));
    await stop(200, kim({ body: { reason: "offer" } }));
    await stop(409, kim({ body: { reason: "rejected" } }));
    await snooze(409, kim());
    await patch(409, kim({ body: { stepTemplates: { [steps[0].id]: { subject: "Too late" } } } }));
    await patch(200, kim({ body: { notes: "They chose someone else." } }));

    const remove = c.at("DELETE /interviews/{id}", path);
    await remove(401);
    await remove(404, eve());
    await remove(204, kim(typed("text/plain", "a stray body")));
    await remove(404, kim());
  });

  it("usage, insights and the calendar feed", async () => {
    await register(lea);
    await c.at("GET /usage", "/usage")(200, lea());
    await c.at("GET /usage", "/usage")(401);
    await c.at("GET /usage", "/usage?x=1")(400, lea());
    await c.at("GET /insights", "/insights")(200, lea());
    await c.at("GET /insights", "/insights")(401);
    await c.at("GET /insights", "/insights?x=1")(400, lea());

    const issue = c.at("POST /calendar-token", "/calendar-token");
    const { token } = (await issue(200, lea())).json;
    await issue(401);
    await issue(200, lea({ body: {} }));
    await issue(400, lea({ body: { revoke: true } }));
    await issue(415, lea(typed("text/plain", "revoke")));
    const feed = c.at("GET /calendar/{token}.ics", `/calendar/${token}.ics`);
    await feed(200);
    await c.at("DELETE /calendar-token", "/calendar-token")(204, lea());
    await c.at("DELETE /calendar-token", "/calendar-token")(401);
    await feed(404);
  });

  it("the signed links in emails: unsubscribe and manage", async () => {
    const sent = await register(max);
    const toContact = sent.steps.find((s: { channel: string }) => s.channel === "email");
    const unsubscribe = `/unsubscribe/${unsubscribeToken(secret(), sent.id, toContact.id)}`;
    await c.at("GET /unsubscribe/{token}", unsubscribe)(200);
    await c.at("GET /unsubscribe/{token}", "/unsubscribe/forged")(404);
    const oneClick = c.at("POST /unsubscribe/{token}", unsubscribe);
    await oneClick(200, typed("application/x-www-form-urlencoded", "List-Unsubscribe=One-Click"));
    await oneClick(200, { headers: { accept: "text/html" } });
    await c.at("POST /unsubscribe/{token}", "/unsubscribe/forged")(404);

    const reminded = await register(max, { company: "Remind Co", mode: "remind" });
    const link = `/manage/${manageToken(secret(), reminded.id, reminded.steps[0].id)}`;
    await c.at("GET /manage/{token}", link)(200);
    await c.at("GET /manage/{token}", "/manage/forged")(404);
    const manage = c.at("POST /manage/{token}", link);
    await manage(200, { body: { action: "snooze" } });
    await manage(
      200,
      typed("application/x-www-form-urlencoded", "action=snooze", { headers: { accept: "text/html" } }),
    );
    await manage(400, { body: { action: "dance" } });
    await manage(400, typed("application/json", "{"));
    await manage(413, { body: { action: "stop", pad: "x".repeat(5000) } });
    await manage(415, typed("text/plain", "action=stop"));
    await c.at("POST /manage/{token}", "/manage/forged")(404, { body: { action: "stop" } });
    await manage(200, { body: { action: "stop" } });
    await manage(409, { body: { action: "snooze" } });
  });

  it("has exercised every operation of the document, or says why not", () => {
    expect(c.operations.filter((op) => !c.exercised.has(op) && !(op in NOT_EXERCISED))).toEqual([]);
    // An exemption for an operation the document no longer has, or one exercised after all, is stale.
    for (const op of Object.keys(NOT_EXERCISED)) {
      expect(c.operations).toContain(op);
      expect(c.exercised.has(op)).toBe(false);
    }
  });
});
