import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Context } from "aws-lambda";
import { describe, expect, it } from "vitest";
import {
  calendarFeedLinkViewSchema,
  insightsViewSchema,
} from "../../../../shared/api/insights-view-schema.js";
import { calendarToken, verifyCalendarToken } from "../../../../shared/security/calendar-token.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { parseIcs } from "../../../support/parse-ics.js";

const SECRET = "unit-test-secret-0123456789abcdef";
const testEnv = httpHandlerTestEnv();
const { ddb } = testEnv;
process.env.REPLY_TOKEN_SECRET = SECRET;
delete process.env.PUBLIC_API_URL;
const issue = (await import("../../../../functions/http/issue-calendar-feed.js")).handler;
const feed = (await import("../../../../functions/http/calendar-feed.js")).handler;
const insights = (await import("../../../../functions/http/get-insights.js")).handler;

const feedItem = (generation: number, active: boolean) => ({
  pk: "CALENDAR#user-1",
  sk: "CALENDAR_FEED",
  generation,
  active,
});

async function getFeed(token: string, headers: Record<string, string> = {}) {
  const result = await feed(
    apiEvent({ path: `/calendar/${token}`, pathParameters: { token }, sub: null, headers }),
    {} as Context,
  );
  return { status: result.statusCode, headers: result.headers ?? {}, body: result.body ?? "" };
}

describe("POST /calendar-token", () => {
  it("answers the feed URL on the host the request came in on, signed for the caller's live generation", async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { generation: 5, active: true } });
    const res = await invoke(issue, apiEvent({ method: "POST", path: "/calendar-token" }));
    expect(res.statusCode, res.text).toBe(200);
    const body = calendarFeedLinkViewSchema.parse(res.json);
    expect(body.url).toBe(`https://api.example.test/calendar/${body.token}.ics`);
    expect(body.webcalUrl).toBe(`webcal://api.example.test/calendar/${body.token}.ics`);
    expect(verifyCalendarToken(SECRET, body.token)).toEqual({ owner: "user-1", generation: 5 });
  });

  it("takes no body but an empty JSON object, as snooze's optional body: anything else is a 4xx, nothing written", async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { generation: 5, active: true } });
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      invoke(issue, apiEvent({ method: "POST", path: "/calendar-token", body, headers }));

    expect((await post({})).statusCode).toBe(200);
    const writes = ddb.commandCalls(UpdateCommand).length;

    const unknown = await post({ revoke: true });
    expect(unknown.statusCode).toBe(400);
    expect(errorOf(unknown).issues).toEqual([{ field: "revoke", problem: "is not a known field" }]);
    expect((await post("revoke", { "content-type": "text/plain" })).statusCode).toBe(415);
    expect((await post("{")).statusCode).toBe(400);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(writes);
  });

  it("answers 401 without a subject, and writes nothing", async () => {
    const res = await invoke(issue, apiEvent({ method: "POST", path: "/calendar-token", sub: null }));
    expect(res.statusCode).toBe(401);
    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });
});

describe("GET /calendar/{token}.ics", () => {
  it("serves the live generation's feed as text/calendar, for the app alone to keep and revalidate", async () => {
    testEnv.table.seed(feedItem(2, true));
    const res = await getFeed(`${calendarToken(SECRET, "user-1", 2)}.ics`);
    expect(res.status).toBe(200);
    expect(res.headers["content-type"]).toBe("text/calendar; charset=utf-8");
    expect(res.headers["cache-control"]).toBe("private, no-cache");
    expect(parseIcs(res.body).events).toEqual([]);
  });

  it("answers 304 and no body when the app already has this feed (If-None-Match), the whole feed otherwise", async () => {
    testEnv.table.seed(feedItem(2, true));
    const token = `${calendarToken(SECRET, "user-1", 2)}.ics`;
    const { headers } = await getFeed(token);
    const again = await getFeed(token, { "if-none-match": String(headers.etag) });
    expect(again.status).toBe(304);
    expect(again.body).toBe("");
    expect((await getFeed(token, { "if-none-match": '"an-older-feed"' })).status).toBe(200);
  });

  it("answers the same 404 for a revoked generation, an older one, a forged token and a missing .ics", async () => {
    testEnv.table.seed(feedItem(3, false));
    const answers = await Promise.all(
      [
        `${calendarToken(SECRET, "user-1", 3)}.ics`,
        `${calendarToken(SECRET, "user-1", 2)}.ics`,
        `${calendarToken("another-secret-0123456789abcdef", "user-1", 3)}.ics`,
        calendarToken(SECRET, "user-1", 3),
        ".ics",
      ].map((token) => getFeed(token)),
    );
    for (const res of answers) {
      expect(res.status).toBe(404);
      expect(JSON.parse(res.body)).toEqual({
        error: { code: "not_found", message: "Calendar feed was not found." },
      });
    }
  });
});

describe("GET /insights", () => {
  it("answers the caller's counts in the documented shape", async () => {
    const res = await invoke(insights, apiEvent({ path: "/insights" }));
    expect(res.statusCode, res.text).toBe(200);
    const body = insightsViewSchema.parse(res.json);
    expect(body.interviews).toBe(0);
    expect(errorOf(await invoke(insights, apiEvent({ path: "/insights", sub: null }))).code).toBe(
      "unauthorized",
    );
  });
});
