import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { verifyInterviewAddressToken } from "../../../shared/mail/interview-address-token.js";
import { verifyManageToken } from "../../../shared/security/manage-token.js";
import { verifyUnsubscribeToken } from "../../../shared/security/unsubscribe-token.js";
import { apiEvent, invoke } from "../../support/api-event.js";
import { FIXED_NOW } from "../../support/fixed-clock.js";
import { setHandlerEnv } from "../../support/handler-env.js";
import { interviewInput } from "../../support/interview-input.js";
import { mockDocumentClient } from "../../support/mock-document-client.js";
import { MockDynamoTable } from "../../support/mock-dynamo-table.js";

const SECRET = "unit-test-secret-0123456789abcdef";
setHandlerEnv();
Object.assign(process.env, {
  REPLY_TOKEN_SECRET: SECRET,
  MAIL_FROM_ADDRESS: "followups@mail.example.com",
  REPLY_DOMAIN: "reply.example.com",
  SES_CONFIGURATION_SET: "followups",
  PUBLIC_API_URL: "https://api.example.com/",
});
const ddb = mockDocumentClient();
const ses = mockClient(SESv2Client);
mockClient(SchedulerClient);
const { handler } = await import("../../../functions/sender.js");
// The links the sender's wiring builds from this environment, as the handler's deps build them.
const { senderLinks } = await import("../../../functions/wiring/sender-deps.js");
const { senderConfig } = await import("../../../functions/wiring/sender-config.js");
const { SENDER_CONFIG } = await import("../../../shared/entries/entry-catalogue.js");
const stepLinks = senderLinks(senderConfig({ config: SENDER_CONFIG }));
const create = (await import("../../../functions/http/create-interview.js")).handler;

let logged: string[];
beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"], now: FIXED_NOW });
  ddb.reset();
  ses.reset();
  new MockDynamoTable(ddb);
  ses.on(SendEmailCommand).resolves({ MessageId: "0100019a-abc" });
  logged = [];
  for (const level of ["log", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => {
      logged.push(String(line));
    });
  }
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("sender handler", () => {
  it("drops a malformed or unknown payload with a log line, without throwing or touching anything", async () => {
    for (const payload of [
      "garbage",
      null,
      { type: "followup.step.due", v: 2, interviewId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", stepId: "s1" },
      { type: "followup.step.due", v: 1, interviewId: "nope", stepId: "s1" },
      { type: "something.else", v: 1 },
    ]) {
      await expect(handler(payload)).resolves.toBeUndefined();
    }
    expect(ddb.calls()).toHaveLength(0);
    expect(ses.calls()).toHaveLength(0);
    expect(logged.filter((l) => l.includes("dropped a schedule payload"))).toHaveLength(5);
  });

  it("sends a due step through SES with the interview and step as tags", async () => {
    const created = await invoke(
      create,
      apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }),
    );
    const interview = created.json as { id: string; steps: { id: string; kind: string; sendAt: string }[] };
    const thankYou = interview.steps.find((s) => s.kind === "thank_you");
    vi.setSystemTime(new Date(thankYou?.sendAt ?? ""));

    await handler({ type: "followup.step.due", v: 1, interviewId: interview.id, stepId: thankYou?.id });

    const input = ses.commandCalls(SendEmailCommand)[0]?.args[0].input;
    expect(input?.EmailTags).toEqual([
      { Name: "interviewId", Value: interview.id },
      { Name: "stepId", Value: thankYou?.id },
    ]);
    expect(input?.ConfigurationSetName).toBe("followups");
  });
});

describe("step links", () => {
  it("give emails to contacts a signed unsubscribe URL under PUBLIC_API_URL, and reminders none", async () => {
    const links = await stepLinks();
    const interview = { id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" };
    const email = links(interview, { id: "s1", channel: "email" });
    expect(email.replyTo).toMatch(/^r-01kq8z3m4n5p6r7s8t9v0w1x2y-s1-[0-9a-f]{20}@reply\.example\.com$/);
    const url = new URL(email.unsubscribeUrl ?? "");
    expect(url.origin).toBe("https://api.example.com");
    const token = url.pathname.replace(/^\/unsubscribe\//, "");
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({ interviewId: interview.id, stepId: "s1" });
    expect(links(interview, { id: "s2", channel: "reminder" }).unsubscribeUrl).toBeUndefined();
  });

  it("give reminders to the candidate a signed stop/snooze URL under PUBLIC_API_URL, and emails to contacts none", async () => {
    const links = await stepLinks();
    const interview = { id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" };
    const reminder = links(interview, { id: "s2", channel: "reminder" });
    const url = new URL(reminder.manageUrl ?? "");
    expect(url.origin).toBe("https://api.example.com");
    const token = url.pathname.replace(/^\/manage\//, "");
    expect(verifyManageToken(SECRET, token)).toEqual({ interviewId: interview.id, stepId: "s2" });
    // A manage token is not an unsubscribe token: the contact's link can never stop the whole chain.
    expect(verifyUnsubscribeToken(SECRET, token)).toBeUndefined();
    expect(links(interview, { id: "s1", channel: "email" }).manageUrl).toBeUndefined();
  });

  it("give reminders the interview's own signed address, and emails to contacts none", async () => {
    const links = await stepLinks();
    const interview = { id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" };
    const address = links(interview, { id: "s2", channel: "reminder" }).interviewAddress ?? "";
    expect(address).toMatch(/^i-01kq8z3m4n5p6r7s8t9v0w1x2y-[0-9a-f]{20}@reply\.example\.com$/);
    expect(verifyInterviewAddressToken(SECRET, address.slice(0, address.indexOf("@")))).toBe(interview.id);
    expect(links(interview, { id: "s1", channel: "email" }).interviewAddress).toBeUndefined();
  });
});
