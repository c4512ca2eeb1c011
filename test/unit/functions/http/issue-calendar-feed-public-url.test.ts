import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { calendarFeedLinkViewSchema } from "../../../../shared/api/insights-view-schema.js";
import { apiEvent, invoke } from "../../../support/api-event.js";
import { setHandlerEnv } from "../../../support/handler-env.js";
import { mockDocumentClient } from "../../../support/mock-document-client.js";

// A custom domain with a base path, as `followup:publicApiUrl` sets it in AWS (read once, at cold start).
setHandlerEnv();
process.env.REPLY_TOKEN_SECRET = "unit-test-secret-0123456789abcdef";
process.env.PUBLIC_API_URL = "https://api.jobhunt.dev/followup/";
const ddb = mockDocumentClient();
const issue = (await import("../../../../functions/http/issue-calendar-feed.js")).handler;

describe("POST /calendar-token with PUBLIC_API_URL set", () => {
  it("answers the feed URL under the configured URL and base path, not the host the request came in on", async () => {
    ddb.on(UpdateCommand).resolves({ Attributes: { generation: 1, active: true } });
    const res = await invoke(issue, apiEvent({ method: "POST", path: "/calendar-token" }));
    expect(res.statusCode, res.text).toBe(200);
    const body = calendarFeedLinkViewSchema.parse(res.json);
    expect(body.url).toBe(`https://api.jobhunt.dev/followup/calendar/${body.token}.ics`);
    expect(body.webcalUrl).toBe(`webcal://api.jobhunt.dev/followup/calendar/${body.token}.ics`);
  });
});
