import { DeleteScheduleCommand } from "@aws-sdk/client-scheduler";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { HttpResult } from "../../../../shared/http/http-route.js";
import { unsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const testEnv = httpHandlerTestEnv({ quiet: ["log"] });
const { ddb, scheduler } = testEnv;
process.env.REPLY_TOKEN_SECRET = SECRET;
const post = (await import("../../../../functions/http/unsubscribe.js")).handler;
const page = (await import("../../../../functions/http/unsubscribe-page.js")).handler;
const create = (await import("../../../../functions/http/create-interview.js")).handler;
const get = (await import("../../../../functions/http/get-interview.js")).handler;
const remove = (await import("../../../../functions/http/delete-interview.js")).handler;

interface StepView {
  id: string;
  kind: string;
  channel: string;
  to: { email: string };
  status: string;
  scheduleName: string;
}

async function registered(): Promise<{ id: string; steps: StepView[] }> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  scheduler.resetHistory();
  return res.json as { id: string; steps: StepView[] };
}

async function stepsOf(id: string): Promise<StepView[]> {
  return (
    (await invoke(get, apiEvent({ path: `/interviews/${id}`, pathParameters: { id } }))).json as {
      steps: StepView[];
    }
  ).steps;
}

/** Calls a handler as API Gateway would, for a public route whose answer may not be JSON. */
async function call(
  handler: (e: APIGatewayProxyEventV2WithJWTAuthorizer, c: Context) => Promise<HttpResult>,
  method: "GET" | "POST",
  token: string,
  headers: Record<string, string> = {},
) {
  const event = apiEvent({
    method,
    path: `/unsubscribe/${token}`,
    pathParameters: { token },
    sub: null,
    headers,
    ...(method === "POST"
      ? {
          body: "List-Unsubscribe=One-Click",
          headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
        }
      : {}),
  });
  const result = await handler(event, {} as Context);
  return { status: result.statusCode ?? 200, headers: result.headers ?? {}, body: result.body ?? "" };
}

describe("POST /unsubscribe/{token}", () => {
  it("one-click: cancels the pending steps to that contact, deletes their schedules, suppresses the address", async () => {
    const interview = await registered();
    const thankYou = interview.steps.find((s) => s.kind === "thank_you") as StepView;
    const token = unsubscribeToken(SECRET, interview.id, thankYou.id);

    const res = await call(post, "POST", token);

    expect(res.status).toBe(200);
    const toAnn = interview.steps.filter((s) => s.to.email === "ann@acme.test");
    expect(JSON.parse(res.body)).toEqual({ status: "unsubscribed", stepsCancelled: toAnn.length });
    const after = await stepsOf(interview.id);
    for (const step of after)
      expect(step.status).toBe(step.to.email === "ann@acme.test" ? "cancelled" : "scheduled");
    expect(scheduler.commandCalls(DeleteScheduleCommand).map((c) => c.args[0].input.Name)).toEqual(
      toAnn.map((s) => s.scheduleName),
    );
    expect(testEnv.table.items.get("SUPPRESSION#user-1|ann@acme.test")).toMatchObject({
      reason: "unsubscribed",
    });
  });

  it("is idempotent: a second click answers 200 and changes nothing", async () => {
    const interview = await registered();
    const token = unsubscribeToken(SECRET, interview.id, "s1");
    await call(post, "POST", token);
    const before = await stepsOf(interview.id);

    const again = await call(post, "POST", token);

    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ status: "unsubscribed", stepsCancelled: 0 });
    expect(await stepsOf(interview.id)).toEqual(before);
  });

  it("answers a short text confirmation to a browser", async () => {
    const interview = await registered();
    const res = await call(post, "POST", unsubscribeToken(SECRET, interview.id, "s1"), {
      accept: "text/html,application/xhtml+xml,*/*;q=0.8",
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.body).toContain("unsubscribed");
  });

  it("answers 404 JSON for a forged, altered or foreign-key token, and changes nothing", async () => {
    const interview = await registered();
    const good = unsubscribeToken(SECRET, interview.id, "s1");
    for (const token of [
      unsubscribeToken("another-secret-0123456789abcdef", interview.id, "s1"),
      good.replace(/-s1-/, "-s2-"),
      `${good.slice(0, -1)}${good.endsWith("0") ? "1" : "0"}`,
      "u-not-a-token",
    ]) {
      const res = await call(post, "POST", token);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: "not_found" } });
    }
    expect((await stepsOf(interview.id)).every((s) => s.status === "scheduled")).toBe(true);
  });

  it("keeps working once the interview is deleted: the address is suppressed for that owner everywhere", async () => {
    const gone = await registered();
    const other = await registered();
    const thankYou = gone.steps.find((s) => s.kind === "thank_you") as StepView;
    // The thank-you went out, so its link sits in Ann's inbox; then the candidate deletes the interview.
    const stored = testEnv.table.items.get(`INTERVIEW#${gone.id}|INTERVIEW`) as {
      steps: Record<string, { status: string }>;
    };
    (stored.steps[thankYou.id] as { status: string }).status = "sent";
    const deleted = await invoke(
      remove,
      apiEvent({ method: "DELETE", path: `/interviews/${gone.id}`, pathParameters: { id: gone.id } }),
    );
    expect(deleted.statusCode).toBe(204);

    const res = await call(post, "POST", unsubscribeToken(SECRET, gone.id, thankYou.id));

    expect(res.status, res.body).toBe(200);
    const toAnn = other.steps.filter((s) => s.to.email === "ann@acme.test");
    expect(JSON.parse(res.body)).toEqual({ status: "unsubscribed", stepsCancelled: toAnn.length });
    expect(testEnv.table.items.get("SUPPRESSION#user-1|ann@acme.test")).toMatchObject({
      reason: "unsubscribed",
    });
    for (const step of await stepsOf(other.id))
      expect(step.status).toBe(step.to.email === "ann@acme.test" ? "cancelled" : "scheduled");
  });

  it("answers 404 for a deleted interview's step whose email never went out, and changes nothing", async () => {
    const gone = await registered();
    const stored = testEnv.table.items.get(`INTERVIEW#${gone.id}|INTERVIEW`) as {
      steps: Record<string, { status: string }>;
    };
    (stored.steps.s1 as { status: string }).status = "sent";
    await invoke(
      remove,
      apiEvent({ method: "DELETE", path: `/interviews/${gone.id}`, pathParameters: { id: gone.id } }),
    );
    const neverSent = gone.steps.find((s) => s.id !== "s1" && s.channel === "email") as StepView;

    const res = await call(post, "POST", unsubscribeToken(SECRET, gone.id, neverSent.id));

    expect(res.status).toBe(404);
    expect([...testEnv.table.items.keys()].some((k) => k.startsWith("SUPPRESSION#"))).toBe(false);
  });

  it("answers 404 for a reminder step (only emails to contacts carry the link)", async () => {
    const interview = await registered();
    const reminder = interview.steps.find((s) => s.channel === "reminder") as StepView;
    const res = await call(post, "POST", unsubscribeToken(SECRET, interview.id, reminder.id));
    expect(res.status).toBe(404);
  });
});

describe("GET /unsubscribe/{token}", () => {
  it("shows a confirmation form that POSTs, and changes nothing (link scanners prefetch GETs)", async () => {
    const interview = await registered();
    const writes = ddb.commandCalls(PutCommand).length;

    const res = await call(page, "GET", unsubscribeToken(SECRET, interview.id, "s1"));

    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/html/);
    expect(res.headers["referrer-policy"]).toBe("no-referrer");
    expect(res.body).toMatch(/<form method="post">/);
    expect(res.body).toContain('name="List-Unsubscribe" value="One-Click"');
    expect(ddb.commandCalls(PutCommand)).toHaveLength(writes);
    expect((await stepsOf(interview.id)).every((s) => s.status === "scheduled")).toBe(true);
    expect([...testEnv.table.items.keys()].some((k) => k.startsWith("SUPPRESSION#"))).toBe(false);
  });

  it("answers 404 JSON for a forged token", async () => {
    const res = await call(
      page,
      "GET",
      unsubscribeToken("another-secret-0123456789abcdef", "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "s1"),
    );
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: "not_found" } });
  });
});
