import { SchedulerClient } from "@aws-sdk/client-scheduler";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { apiEvent, invoke } from "../../support/api-event.js";
import { useFixedSystemTime } from "../../support/fixed-clock.js";
import { setHandlerEnv } from "../../support/handler-env.js";
import { interviewInput } from "../../support/interview-input.js";
import { mockDocumentClient } from "../../support/mock-document-client.js";
import { MockDynamoTable } from "../../support/mock-dynamo-table.js";
import {
  SES_EVENT_MESSAGE_ID,
  sesBounce,
  sesComplaint,
  sesSend,
  sesSnsEvent,
} from "../../support/ses-sns-event.js";

setHandlerEnv();
const ddb = mockDocumentClient();
mockClient(SchedulerClient);
const { handler } = await import("../../../functions/ses-events.js");
const create = (await import("../../../functions/http/create-interview.js")).handler;
const get = (await import("../../../functions/http/get-interview.js")).handler;

useFixedSystemTime();

let table: MockDynamoTable;
let logged: string[];
beforeEach(() => {
  ddb.reset();
  table = new MockDynamoTable(ddb);
  logged = [];
  for (const level of ["log", "warn", "error"] as const) {
    vi.spyOn(console, level).mockImplementation((line: unknown) => {
      logged.push(String(line));
    });
  }
});
afterEach(() => {
  vi.restoreAllMocks();
});

async function registered(): Promise<string> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  return (res.json as { id: string }).id;
}

async function stepsOf(id: string): Promise<{ to: { email: string }; status: string; reason?: string }[]> {
  const res = await invoke(get, apiEvent({ path: `/interviews/${id}`, pathParameters: { id } }));
  return (res.json as { steps: { to: { email: string }; status: string }[] }).steps;
}

describe("ses-events handler", () => {
  it("a permanent bounce suppresses the address for the owner and skips the pending steps to it", async () => {
    const id = await registered();

    await handler(sesSnsEvent(sesBounce(id, "s1", "ann@acme.test")));

    const steps = await stepsOf(id);
    expect(steps.filter((s) => s.to.email === "ann@acme.test").map((s) => s.status)).toEqual(
      expect.arrayContaining(["skipped"]),
    );
    expect(steps.filter((s) => s.to.email !== "ann@acme.test").every((s) => s.status === "scheduled")).toBe(
      true,
    );
    expect(table.items.get("SUPPRESSION#user-1|ann@acme.test")).toMatchObject({ reason: "bounced" });
  });

  it("a complaint does the same, with its own reason", async () => {
    const id = await registered();

    await handler(sesSnsEvent(sesComplaint(id, "s3", "Rita Ruiz <RITA@acme.test>")));

    expect(table.items.get("SUPPRESSION#user-1|rita@acme.test")).toMatchObject({ reason: "complained" });
    expect(
      (await stepsOf(id)).filter((s) => s.to.email === "rita@acme.test").every((s) => s.status === "skipped"),
    ).toBe(true);
  });

  it("indexes the Message-ID of a step email SES took (its Send event), under the header a reply quotes", async () => {
    const id = await registered();

    await handler(sesSnsEvent(sesSend(id, "s1", "ann@acme.test")));
    await handler(sesSnsEvent(sesSend(id, "s2", "sam@example.com", "step_reminder")));

    const header = `<${SES_EVENT_MESSAGE_ID}@email.amazonses.com>`.toLowerCase();
    expect(table.items.get(`MESSAGE#${header}|MESSAGE`)).toMatchObject({ interviewId: id, stepId: "s1" });
    expect([...table.items.keys()].filter((k) => k.startsWith("MESSAGE#"))).toHaveLength(1);
  });

  it("only logs a transient bounce", async () => {
    const id = await registered();
    const before = JSON.stringify(await stepsOf(id));

    await handler(sesSnsEvent(sesBounce(id, "s1", "ann@acme.test", "Transient")));

    expect(JSON.stringify(await stepsOf(id))).toBe(before);
    expect(table.items.has("SUPPRESSION#user-1|ann@acme.test")).toBe(false);
    expect(logged.some((l) => l.includes("Transient bounce"))).toBe(true);
  });

  it("logs and drops malformed events without throwing", async () => {
    const id = await registered();
    const untagged = sesBounce(id, "s1", "ann@acme.test");
    untagged.mail.tags = { "ses:configuration-set": ["x"] } as typeof untagged.mail.tags;
    for (const event of [
      "garbage",
      { Records: [{ Sns: {} }] },
      sesSnsEvent("not json"),
      sesSnsEvent({ eventType: "Bounce" }),
      sesSnsEvent(untagged),
      sesSnsEvent({ ...sesBounce(id, "s1", "not an address"), eventType: "Bounce" }),
      sesSnsEvent({ eventType: "Delivery", mail: {} }),
    ]) {
      await expect(handler(event)).resolves.toBeUndefined();
    }
    expect([...table.items.keys()].filter((k) => k.startsWith("SUPPRESSION#"))).toEqual([]);
    expect(logged.filter((l) => l.includes('"level":"error"')).length).toBeGreaterThanOrEqual(6);
  });
});
