import {
  CreateScheduleCommand,
  DeleteScheduleCommand,
  UpdateScheduleCommand,
} from "@aws-sdk/client-scheduler";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { HttpResult } from "../../../../shared/http/http-route.js";
import { manageToken } from "../../../../shared/security/manage-token.js";
import { unsubscribeToken } from "../../../../shared/security/unsubscribe-token.js";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const testEnv = httpHandlerTestEnv({ quiet: ["log"] });
const { ddb, scheduler } = testEnv;
process.env.REPLY_TOKEN_SECRET = SECRET;
const post = (await import("../../../../functions/http/manage.js")).handler;
const page = (await import("../../../../functions/http/manage-page.js")).handler;
const create = (await import("../../../../functions/http/create-interview.js")).handler;
const get = (await import("../../../../functions/http/get-interview.js")).handler;

interface StepView {
  id: string;
  kind: string;
  channel: string;
  status: string;
  sendAt: string;
  scheduleName: string;
}

interface InterviewView {
  id: string;
  status: string;
  steps: StepView[];
  events: { type: string; detail?: string }[];
}

async function registered(overrides: Record<string, unknown> = {}): Promise<{
  interview: InterviewView;
  token: string;
}> {
  const res = await invoke(
    create,
    apiEvent({ method: "POST", path: "/interviews", body: interviewInput({ mode: "remind", ...overrides }) }),
  );
  expect(res.statusCode, res.text).toBe(201);
  scheduler.resetHistory();
  const interview = res.json as InterviewView;
  const reminder = interview.steps.find((s) => s.channel === "reminder") as StepView;
  return { interview, token: manageToken(SECRET, interview.id, reminder.id) };
}

async function current(id: string): Promise<InterviewView> {
  return (await invoke(get, apiEvent({ path: `/interviews/${id}`, pathParameters: { id } })))
    .json as InterviewView;
}

/** Calls a handler as API Gateway would, for a public route whose answer may not be JSON. */
async function call(
  handler: (e: APIGatewayProxyEventV2WithJWTAuthorizer, c: Context) => Promise<HttpResult>,
  method: "GET" | "POST",
  token: string,
  request: { body?: string; headers?: Record<string, string>; base64?: boolean } = {},
) {
  const event = apiEvent({
    method,
    path: `/manage/${token}`,
    pathParameters: { token },
    sub: null,
    ...(request.body !== undefined
      ? {
          body: request.base64 ? Buffer.from(request.body).toString("base64") : request.body,
          isBase64Encoded: request.base64 ?? false,
        }
      : {}),
    headers: request.headers ?? {},
  });
  const result = await handler(event, {} as Context);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(result.headers ?? {})) headers[k.toLowerCase()] = String(v);
  return { status: result.statusCode ?? 200, headers, body: result.body ?? "" };
}

const form = (body: string, headers: Record<string, string> = {}) => ({
  body,
  headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
});
const json = (value: unknown) => ({
  body: JSON.stringify(value),
  headers: { "content-type": "application/json" },
});

describe("GET /manage/{token}", () => {
  it("shows the interview, its next steps at their local times and two buttons, and changes nothing", async () => {
    const { interview, token } = await registered({
      company: "Acme <Corp>",
      interviewers: [{ name: "Ann <b>Lee</b>", email: "ann@acme.test" }],
    });
    const writes = ddb.commandCalls(PutCommand).length;
    const stored = structuredClone([...testEnv.table.items]);

    const res = await call(page, "GET", token);

    expect(res.status).toBe(200);
    expect(res.headers).toMatchObject({
      "content-type": "text/html; charset=utf-8",
      "referrer-policy": "no-referrer",
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    });
    expect(res.headers["content-security-policy"]).toContain("default-src 'none'");
    expect(res.headers["content-security-policy"]).not.toContain("script-src");
    expect(res.body).not.toMatch(/<script/i);
    // User data is escaped, never markup.
    expect(res.body).toContain("Staff Engineer at Acme &lt;Corp&gt;");
    expect(res.body).toContain("thank-you to Ann &lt;b&gt;Lee&lt;/b&gt;");
    expect(res.body).not.toContain("<b>Lee</b>");
    // The first reminder, at its local time in its zone.
    expect(res.body).toContain("Tue 24 Nov 2026, 09:30 (America/New_York)");
    expect(res.body).toContain('<input type="hidden" name="action" value="snooze">');
    expect(res.body).toContain('<input type="hidden" name="action" value="stop">');
    expect(res.body.match(/<form method="post">/g)).toHaveLength(2);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(writes);
    expect([...testEnv.table.items]).toEqual(stored);
    expect(scheduler.calls()).toHaveLength(0);
    expect((await current(interview.id)).steps).toEqual(interview.steps);
  });

  it("shows no buttons once the chain is stopped", async () => {
    const { token } = await registered();
    await call(post, "POST", token, form("action=stop"));
    const res = await call(page, "GET", token);
    expect(res.status).toBe(200);
    expect(res.body).toContain("These follow-ups were stopped. Nothing more will be sent.");
    expect(res.body).not.toContain("<form");
  });

  it("answers 404 JSON for a forged token, an unsubscribe token, and a deleted interview", async () => {
    const { interview, token } = await registered();
    for (const bad of [
      manageToken("another-secret-0123456789abcdef", interview.id, "s1"),
      unsubscribeToken(SECRET, interview.id, "s1"),
      manageToken(SECRET, "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "s1"),
      `${token.slice(0, -1)}${token.endsWith("0") ? "1" : "0"}`,
    ]) {
      const res = await call(page, "GET", bad);
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toMatchObject({ error: { code: "not_found" } });
    }
  });
});

describe("POST /manage/{token}", () => {
  it("action=snooze as a form moves every pending step a week and moves their schedules", async () => {
    const { interview, token } = await registered();

    const res = await call(post, "POST", token, form("action=snooze"));

    expect(res.status, res.body).toBe(200);
    const body = JSON.parse(res.body);
    // The nudge before the decision date is cancelled instead: a week would take it past that date.
    const pending = interview.steps.filter(
      (s) => s.status === "scheduled" && s.kind !== "pre_decision_nudge",
    );
    expect(body).toMatchObject({ status: "snoozed", stepsMoved: pending.length, repeated: false });
    const after = await current(interview.id);
    for (const before of pending) {
      const moved = after.steps.find((s) => s.id === before.id);
      expect(Date.parse(moved?.sendAt ?? "") - Date.parse(before.sendAt)).toBeGreaterThanOrEqual(
        7 * 86_400_000 - 3_600_000,
      );
    }
    expect(body.nextSendAt).toBe(
      after.steps.map((s) => s.sendAt).sort((a, b) => Date.parse(a) - Date.parse(b))[0],
    );
    expect(after.events.at(-1)?.type).toBe("chain.snoozed");
    // Each schedule is moved in place: it exists, so CreateSchedule conflicts and UpdateSchedule moves it.
    const touched = [
      ...scheduler.commandCalls(CreateScheduleCommand),
      ...scheduler.commandCalls(UpdateScheduleCommand),
    ].map((c) => c.args[0].input.Name);
    expect(new Set(touched)).toEqual(new Set(pending.map((s) => s.scheduleName)));
  });

  it("action=snooze twice in a row (a double click) moves the chain once", async () => {
    const { interview, token } = await registered();
    await call(post, "POST", token, form("action=snooze"));
    const once = await current(interview.id);

    const again = await call(post, "POST", token, json({ action: "snooze" }));

    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ status: "snoozed", stepsMoved: 0, repeated: true });
    expect(await current(interview.id)).toEqual(once);
  });

  it("action=stop as JSON cancels the whole chain and its schedules, and a second stop changes nothing", async () => {
    const { interview, token } = await registered();

    const res = await call(post, "POST", token, json({ action: "stop" }));

    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ status: "stopped", stepsCancelled: interview.steps.length });
    const after = await current(interview.id);
    expect(after.status).toBe("stopped");
    expect(after.steps.every((s) => s.status === "cancelled")).toBe(true);
    expect(
      scheduler
        .commandCalls(DeleteScheduleCommand)
        .map((c) => c.args[0].input.Name)
        .sort(),
    ).toEqual(interview.steps.map((s) => s.scheduleName).sort());

    const again = await call(post, "POST", token, form("action=stop"));
    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toEqual({ status: "stopped", stepsCancelled: 0 });
    expect(await current(interview.id)).toEqual(after);
  });

  it("accepts a base64-encoded form (as API Gateway may pass it) and answers a browser in plain text", async () => {
    const { token } = await registered();
    const res = await call(post, "POST", token, {
      ...form("action=stop", { accept: "text/html,application/xhtml+xml,*/*;q=0.8" }),
      base64: true,
    });
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toMatch(/^text\/plain/);
    expect(res.body).toBe("Stopped: no more follow-ups will be sent for Staff Engineer at Acme Corp.\n");
  });

  it("answers 409 JSON to a snooze of a stopped chain", async () => {
    const { token } = await registered();
    await call(post, "POST", token, form("action=stop"));
    const res = await call(post, "POST", token, form("action=snooze"));
    expect(res.status).toBe(409);
    expect(JSON.parse(res.body)).toEqual({
      error: {
        code: "chain_not_active",
        message: "This chain is already stopped (cancelled): there is nothing to snooze.",
      },
    });
  });

  it("answers 4xx JSON, and changes nothing, for a missing, unknown or unreadable action", async () => {
    const { interview, token } = await registered();
    for (const [request, status] of [
      [{}, 400],
      [form(""), 400],
      [form("action=pause"), 400],
      [json({ action: "STOP" }), 400],
      [json(["stop"]), 400],
      [{ body: "{", headers: { "content-type": "application/json" } }, 400],
      [{ body: "action=stop", headers: { "content-type": "text/plain" } }, 415],
      [form(`action=stop&pad=${"x".repeat(5000)}`), 413],
    ] as const) {
      const res = await call(post, "POST", token, request);
      expect(res.status, JSON.stringify(request).slice(0, 80)).toBe(status);
      expect(JSON.parse(res.body).error.code).toEqual(expect.any(String));
    }
    expect(await current(interview.id)).toEqual(interview);
  });

  it("refuses a JSON body with a field it does not know, naming it, and changes nothing", async () => {
    const { interview, token } = await registered();
    for (const [body, field] of [
      [{ action: "snooze", days: 30 }, "days"],
      [{ action: "stop", reason: "offer" }, "reason"],
    ] as const) {
      const res = await call(post, "POST", token, json(body));
      expect(res.status).toBe(400);
      expect(JSON.parse(res.body).error).toMatchObject({
        code: "validation_failed",
        issues: [{ field, problem: "is not a known field" }],
      });
    }
    expect(await current(interview.id)).toEqual(interview);
  });

  it("ignores a form field it does not know (a browser may post its submit button's name)", async () => {
    const { token } = await registered();
    const res = await call(post, "POST", token, form("action=snooze&go=Snooze"));
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ status: "snoozed" });
  });

  it("answers 404 JSON for a forged or cross-use token, and for a deleted interview, whatever the body", async () => {
    const { interview, token } = await registered();
    for (const bad of [
      manageToken("another-secret-0123456789abcdef", interview.id, "s1"),
      unsubscribeToken(SECRET, interview.id, "s1"),
      token.replace(/^m-/, "u-"),
      "m-not-a-token",
    ]) {
      for (const request of [form("action=stop"), form("nonsense")]) {
        const res = await call(post, "POST", bad, request);
        expect(res.status).toBe(404);
        expect(JSON.parse(res.body)).toMatchObject({ error: { code: "not_found" } });
      }
    }
    expect((await current(interview.id)).status).toBe("active");
  });
});
