import { CreateScheduleCommand } from "@aws-sdk/client-scheduler";
import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { beforeEach, describe, expect, it } from "vitest";
import { errorViewSchema, interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { type ApiResponse, apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv({ quiet: ["warn"] });
const { ddb, scheduler } = testEnv;
const { handler } = await import("../../../../functions/http/create-interview.js");

beforeEach(() => {
  scheduler.on(CreateScheduleCommand).resolves({ ScheduleArn: "arn:aws:scheduler:::schedule/x" });
});

const post = (body: unknown, extra: Parameters<typeof apiEvent>[0] = {}) =>
  invoke(handler, apiEvent({ method: "POST", path: "/interviews", body, ...extra }));

function expectNothingHappened(): void {
  expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
  expect(scheduler.calls()).toHaveLength(0);
}

function issuesOf(res: ApiResponse) {
  expect(res.statusCode).toBe(400);
  expect(errorOf(res).code).toBe("validation_failed");
  return errorOf(res).issues ?? [];
}

describe("POST /interviews", () => {
  it("answers 201 with the interview, a location, and one schedule per step", async () => {
    const res = await post(interviewInput());

    expect(res.statusCode).toBe(201);
    const view = interviewViewSchema.parse(res.json);
    expect(res.headers.location).toBe(`/interviews/${view.id}`);
    expect(view.owner).toBe("user-1");
    expect(view.status).toBe("active");
    expect(view.steps.length).toBe(5);
    expect(view.steps.every((s) => s.status === "scheduled")).toBe(true);
    expect(res.json).not.toHaveProperty("version");

    const created = scheduler.commandCalls(CreateScheduleCommand).map((c) => c.args[0].input);
    expect(created.map((i) => i.Name).sort()).toEqual(view.steps.map((s) => s.scheduleName).sort());
    expect(created[0]).toMatchObject({
      GroupName: HANDLER_ENV.SCHEDULE_GROUP_NAME,
      ScheduleExpression: "at(2026-11-24T09:30:00)",
      ScheduleExpressionTimezone: "America/New_York",
      ActionAfterCompletion: "DELETE",
      Target: { Arn: HANDLER_ENV.SENDER_FUNCTION_ARN, RoleArn: HANDLER_ENV.SCHEDULER_ROLE_ARN },
    });
    const stored = [...testEnv.table.items.values()];
    expect(stored).toHaveLength(1);
    // One write: the item is stored after its schedules, already saying they exist.
    expect(stored[0]).toMatchObject({ pk: `INTERVIEW#${view.id}`, owner: "user-1", version: 1 });
  });

  it("answers 201 with unscheduled steps when the scheduler is down", async () => {
    scheduler
      .on(CreateScheduleCommand)
      .rejects(Object.assign(new Error("socket hang up"), { code: "ECONNRESET" }));

    const res = await post(interviewInput());

    expect(res.statusCode).toBe(201);
    const view = interviewViewSchema.parse(res.json);
    expect(view.steps.every((s) => s.status === "unscheduled")).toBe(true);
    expect(testEnv.table.items.size).toBe(1);
  });

  it("answers 415 for a body that is not JSON", async () => {
    const res = await post("company=Acme", {
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(res.statusCode).toBe(415);
    expect(errorOf(res).code).toBe("unsupported_media_type");
    expectNothingHappened();
  });

  it("answers 400 malformed_json for broken JSON", async () => {
    const res = await post(`${JSON.stringify(interviewInput()).slice(0, -1)},}`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).code).toBe("malformed_json");
    expectNothingHappened();
  });

  it("answers 413 for a body over 64 KiB", async () => {
    const res = await post(interviewInput({ notes: "n".repeat(70_000) }));
    expect(res.statusCode).toBe(413);
    expectNothingHappened();
  });

  it("answers 401 when the token carries no subject", async () => {
    const res = await post(interviewInput(), { sub: null });
    expect(res.statusCode).toBe(401);
    expect(errorOf(res).code).toBe("unauthorized");
    expectNothingHappened();
  });

  it("names an unknown field", async () => {
    expect(issuesOf(await post(interviewInput({ surprise: "!" })))).toEqual([
      { field: "surprise", problem: "is not a known field" },
    ]);
    expectNothingHappened();
  });

  it.each([
    [
      "an invalid interviewer email",
      { interviewers: [{ name: "Ann Lee", email: "ann(at)acme" }] },
      "interviewers.0.email",
      "must be a valid email address",
    ],
    [
      "an unknown time zone",
      { timezone: "America/Gotham" },
      "timezone",
      "must be an IANA time zone such as America/New_York",
    ],
    [
      "a line break in a name",
      { recruiter: { name: "Rita\r\nBcc: all@acme.test", email: "rita@acme.test" } },
      "recruiter.name",
      "must not contain line breaks or control characters",
    ],
    ["no interviewers", { interviewers: [] }, "interviewers", "needs at least one interviewer"],
    [
      "a decision date before the interview",
      { decisionExpectedBy: "2026-11-01" },
      "decisionExpectedBy",
      "must not be before the interview",
    ],
    [
      "an interview date without an offset",
      { interviewedAt: "2026-11-23T10:00:00" },
      "interviewedAt",
      "must be an ISO 8601 date-time with a time zone offset, e.g. 2026-12-01T14:00:00-05:00",
    ],
    ["an unknown country", { country: "XX" }, "country", "is not a supported country"],
    ["an unknown mode", { mode: "spam" }, "mode", "must be send or remind"],
    [
      "an unknown field in an interviewer",
      { interviewers: [{ name: "Ann Lee", email: "ann@acme.test", phone: "555" }] },
      "interviewers.0.phone",
      "is not a known field",
    ],
    // SES takes 7-bit ASCII addresses only (an international domain in its Punycode form): say so, not just "invalid"
    [
      "an interviewer email with an international domain",
      { interviewers: [{ name: "Ann Lee", email: "ann@bücher.example" }] },
      "interviewers.0.email",
      "must be an ASCII address: write an international domain in its xn-- (Punycode) form, as SES needs",
    ],
    // RFC 5321 4.5.3.1: a mail server need not take a longer local part or domain label; SES refuses them at
    // send time, long after the 201
    [
      "an interviewer email whose local part is over 64 characters",
      { interviewers: [{ name: "Ann Lee", email: `${"a".repeat(65)}@acme.test` }] },
      "interviewers.0.email",
      "must have at most 64 characters before the @ and 63 in each part of the domain",
    ],
    [
      "a recruiter email with a domain label over 63 characters",
      { recruiter: { name: "Rita Ruiz", email: `rita@${"b".repeat(64)}.test` } },
      "recruiter.email",
      "must have at most 64 characters before the @ and 63 in each part of the domain",
    ],
    // a candidate's links are written into every email: malformed or hidden text there is refused like a name's
    [
      "a lone surrogate in a candidate's link",
      { candidate: { name: "Cara Diaz", email: "cara@example.com", links: ["https://cara.example/\ud800"] } },
      "candidate.links.0",
      "must not contain a lone UTF-16 surrogate (malformed text)",
    ],
    [
      "a right-to-left override in a candidate's link",
      {
        candidate: {
          name: "Cara Diaz",
          email: "cara@example.com",
          links: ["https://cara.example/\u202efdp.exe"],
        },
      },
      "candidate.links.0",
      "must not contain invisible characters (bidi marks, zero-width, soft hyphens, fillers, blanks, tags): found U+202E",
    ],
    ["a missing company", { company: undefined }, "company", "is required"],
    // a present value of the wrong type is not "missing": the problem names the type it must be
    ["a company that is a number", { company: 42 }, "company", "must be a string, not a number"],
  ])("answers 400 naming the field for %s", async (_, overrides, field, problem) => {
    const res = await post(interviewInput(overrides));

    expect(issuesOf(res)).toContainEqual({ field, problem });
    expectNothingHappened();
  });

  it.each([
    ["malformed JSON", () => post("{")],
    ["a wrong content type", () => post("<xml/>", { headers: { "content-type": "application/xml" } })],
    ["an oversized body", () => post(interviewInput({ notes: "n".repeat(70_000) }))],
    ["a missing subject", () => post(interviewInput(), { sub: null })],
    ["an invalid body", () => post(interviewInput({ timezone: "Mars/Olympus" }))],
    [
      "an unexpected failure",
      () => {
        ddb.on(QueryCommand).rejects(new TypeError("Cannot read properties of undefined (reading 'Items')"));
        return post(interviewInput());
      },
    ],
  ])("answers %s with a JSON error body and no stack trace", async (_, send) => {
    const res = await send();

    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(errorViewSchema.safeParse(res.json).success).toBe(true);
    expect(res.text).not.toMatch(/\n\s+at |\.ts:\d+|node_modules|Cannot read properties/);
  });

  it("answers 503 service_unavailable and does nothing else when DynamoDB times out", async () => {
    ddb.reset();
    ddb.rejects(
      Object.assign(new Error("Connection timed out after 1000 ms"), { name: "TimeoutError", $metadata: {} }),
    );

    const res = await post(interviewInput());

    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(errorOf(res).code).toBe("service_unavailable");
    expect(res.headers["retry-after"]).toBe("5");
    expect(res.text).not.toContain("timed out after");
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(1);
    expectNothingHappened();
  });

  it("answers 503 when the write is refused by an unreachable DynamoDB, storing nothing", async () => {
    ddb
      .on(PutCommand)
      .rejects(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), { code: "ECONNREFUSED" }));

    const res = await post(interviewInput());

    expect(res.statusCode).toBe(503);
    expect(errorOf(res).code).toBe("service_unavailable");
    // The schedules come first; with no interview stored they fire, find none and do nothing.
    expect(testEnv.table.items.size).toBe(0);
  });

  it("answers an unexpected DynamoDB error with 500 internal_error and no internals", async () => {
    ddb.on(QueryCommand).rejects(
      Object.assign(new Error("One or more parameter values were invalid: table followups-test"), {
        name: "ValidationException",
        $metadata: { httpStatusCode: 400 },
      }),
    );

    const res = await post(interviewInput());

    expect(res.statusCode).toBe(500);
    expect(res.json).toEqual({
      error: { code: "internal_error", message: "Something went wrong on our side." },
    });
    expect(res.text).not.toContain("followups-test");
    expectNothingHappened();
  });

  it("reads the item back after scheduling through a consistent read", async () => {
    await post(interviewInput());
    expect(ddb.commandCalls(GetCommand).every((c) => c.args[0].input.ConsistentRead === true)).toBe(true);
  });
});
