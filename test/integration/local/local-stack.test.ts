import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ListSchedulesCommand, SchedulerClient } from "@aws-sdk/client-scheduler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LocalJwt } from "../../../local/local-jwt.js";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let sam: string;

beforeAll(async () => {
  h = await startHarness();
  sam = await h.token("sam");
});
afterAll(async () => {
  await h?.close();
});

async function register(overrides: Record<string, unknown> = {}, token = sam) {
  const res = await h.api("POST", "/interviews", {
    token,
    body: interviewBody(h.stack.clock.now(), overrides),
  });
  expect(res.status, res.text).toBe(201);
  return res.json;
}

async function schedulesInGroup(): Promise<{ Name?: string }[]> {
  const client = new SchedulerClient({
    region: "us-east-1",
    endpoint: h.stack.schedulerUrl,
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const out = await client.send(new ListSchedulesCommand({ GroupName: "followups", MaxResults: 100 }));
  client.destroy();
  return out.Schedules ?? [];
}

describe("the local stack over HTTP", () => {
  it("serves health and the OpenAPI document without a token", async () => {
    expect((await h.api("GET", "/health")).json).toEqual({ status: "ok" });
    const doc = await h.api("GET", "/openapi.json");
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.json.paths)).toEqual(
      expect.arrayContaining(["/interviews", "/interviews/{id}", "/interviews/{id}/stop", "/plan/preview"]),
    );
  });

  it("refuses a missing, malformed or foreign token with a 401 JSON error", async () => {
    const otherKeys = await LocalJwt.open(mkdtempSync(join(tmpdir(), "other-key-")));
    for (const token of [undefined, "not-a-jwt", await otherKeys.sign("sam")]) {
      const res = await h.api("GET", "/interviews", token ? { token } : {});
      expect(res.status).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
    }
  });

  it("registers an interview with one schedule per step", async () => {
    const interview = await register();
    expect(interview.status).toBe("active");
    expect(interview.steps.map((s: { kind: string }) => s.kind)).toEqual(
      expect.arrayContaining(["thank_you", "handwritten_note", "recruiter_check_in"]),
    );
    for (const step of interview.steps) expect(step.status).toBe("scheduled");
    const names = (await schedulesInGroup()).map((s) => s.Name);
    expect(names).toEqual(
      expect.arrayContaining(interview.steps.map((s: { scheduleName: string }) => s.scheduleName)),
    );

    const fetched = await h.api("GET", `/interviews/${interview.id}`, { token: sam });
    expect(fetched.json.steps).toEqual(interview.steps);
  });

  it("answers a malformed percent-encoded path with a 404 JSON error, not a crash", async () => {
    // A path starting with `//` once read as a host name (found by the reliability fuzzer): a 500.
    for (const path of [
      "/interviews/%E0%A4%A",
      "/unsubscribe/%ZZ",
      "//%F2%8E%90%AF//o//o///h",
      "//interviews",
    ]) {
      const res = await h.api("GET", path, { token: sam });
      expect(res.status).toBe(404);
      expect(res.json.error.code).toBe("not_found");
    }
  });

  it("answers 404 for someone else's interview, exactly as for a missing one", async () => {
    const interview = await register();
    const eve = await h.token("eve");
    const foreign = await h.api("GET", `/interviews/${interview.id}`, { token: eve });
    const missing = await h.api("GET", "/interviews/01ARZ3NDEKTSV4RRFFQ69G5FAV", { token: eve });
    expect(foreign.status).toBe(404);
    expect(foreign.json).toEqual(missing.json);
    expect(
      (await h.api("POST", `/interviews/${interview.id}/stop`, { token: eve, body: { reason: "offer" } }))
        .status,
    ).toBe(404);
    expect((await h.api("GET", `/interviews/${interview.id}`, { token: sam })).json.status).toBe("active");
  });

  it("answers bad input with a 400 naming the field, and writes nothing", async () => {
    const before = (await h.api("GET", "/interviews?limit=100", { token: sam })).json.items.length;
    const bad = await h.api("POST", "/interviews", {
      token: sam,
      body: interviewBody(h.stack.clock.now(), {
        interviewers: [{ name: "Dana\r\nBcc: x@evil.example", email: "dana@acme.example" }],
      }),
    });
    expect(bad.status).toBe(400);
    expect(bad.json.error.issues).toContainEqual({
      field: "interviewers.0.name",
      problem: "must not contain line breaks or control characters",
    });
    const malformed = await h.api("POST", "/interviews", {
      token: sam,
      raw: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(malformed.status).toBe(400);
    expect(malformed.json.error.code).toBe("malformed_json");
    const after = (await h.api("GET", "/interviews?limit=100", { token: sam })).json.items.length;
    expect(after).toBe(before);
  });

  it("plays a chain when the clock advances: every step sent once, as real emails", async () => {
    const mia = await h.token("mia");
    const interview = await register({ candidate: { name: "Mia Chen", email: "mia@example.com" } }, mia);
    const sentBefore = (await h.sentEmails()).length;
    const advanced = await h.advance("P45D");
    expect(advanced.status).toBe(200);
    expect(advanced.json.fired).toBeGreaterThanOrEqual(interview.steps.length);

    const after = (await h.api("GET", `/interviews/${interview.id}`, { token: mia })).json;
    expect(after.steps.map((s: { status: string }) => s.status)).toEqual(after.steps.map(() => "sent"));
    expect(after.status).toBe("completed");
    expect(after.events.filter((e: { type: string }) => e.type === "step.sent")).toHaveLength(
      after.steps.length,
    );

    const emails = (await h.sentEmails())
      .slice(sentBefore)
      .filter((e) => e.subject && JSON.stringify(e).includes("mia@example.com"));
    expect(emails).toHaveLength(interview.steps.length);
    const thankYou = emails.find((e) => e.destination.to.some((t) => t.includes("dana@acme.example")));
    expect(thankYou?.destination.cc).toEqual(['"Mia Chen" <mia@example.com>']);
    expect(thankYou?.from).toBe('"Mia Chen (via Followups)" <followups@followup.local>');
    expect(thankYou?.replyTo[0]).toMatch(/^r-[0-9a-z]{26}-s1-[0-9a-f]{20}@reply\.followup\.local$/);
    expect(thankYou?.body.text).toContain("the billing pipeline");
    const reminder = emails.find((e) => e.destination.to.some((t) => t.includes("mia@example.com")));
    expect(reminder?.headers).toContainEqual({ name: "Auto-Submitted", value: "auto-generated" });

    expect(await schedulesInGroup()).not.toContainEqual(
      expect.objectContaining({ Name: after.steps[0].scheduleName }),
    );
  });

  it("sends nothing more once the candidate stops the chain", async () => {
    const noa = await h.token("noa");
    const interview = await register({ candidate: { name: "Noa Levi", email: "noa@example.com" } }, noa);
    const stopped = await h.api("POST", `/interviews/${interview.id}/stop`, {
      token: noa,
      body: { reason: "withdrawn" },
    });
    expect(stopped.status).toBe(200);
    expect(stopped.json.status).toBe("stopped");
    expect(stopped.json.steps.every((s: { status: string }) => s.status === "cancelled")).toBe(true);
    const names = (await schedulesInGroup()).map((s) => s.Name);
    for (const step of interview.steps) expect(names).not.toContain(step.scheduleName);

    const again = await h.api("POST", `/interviews/${interview.id}/stop`, {
      token: noa,
      body: { reason: "withdrawn" },
    });
    expect(again.status).toBe(200);
    const other = await h.api("POST", `/interviews/${interview.id}/stop`, {
      token: noa,
      body: { reason: "offer" },
    });
    expect(other.status).toBe(409);

    await h.advance("P45D");
    const emails = await h.sentEmails();
    expect(emails.filter((e) => JSON.stringify(e).includes("noa@example.com"))).toHaveLength(0);
  });

  it("sends one email when the same step fires twice, concurrently or in sequence", async () => {
    const ava = await h.token("ava");
    const interview = await register({ candidate: { name: "Ava Stone", email: "ava@example.com" } }, ava);
    const thankYou = interview.steps.find((s: { kind: string }) => s.kind === "thank_you");
    // Just before its time, inside the send window, without letting its schedule fire.
    await h.api("POST", "/_local/clock", {
      body: { to: new Date(Date.parse(thankYou.sendAt) - 60_000).toISOString() },
    });
    const { handler } = await import("../../../functions/sender.js");
    const payload = { type: "followup.step.due", v: 1, interviewId: interview.id, stepId: thankYou.id };
    // Losers of the race find a fresh claim and throw, so the scheduler would retry them later.
    const racing = await Promise.allSettled([handler(payload), handler(payload), handler(payload)]);
    expect(
      racing.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.name),
    ).toEqual(racing.filter((r) => r.status === "rejected").map(() => "ClaimInProgressError"));
    await handler(payload);
    const emails = (await h.sentEmails()).filter((e) =>
      e.destination.cc.some((c) => c.includes("ava@example.com")),
    );
    expect(emails).toHaveLength(1);
    const after = (await h.api("GET", `/interviews/${interview.id}`, { token: ava })).json;
    expect(after.steps.find((s: { id: string }) => s.id === thankYou.id).status).toBe("sent");
  });

  it("drops a malformed schedule payload without throwing", async () => {
    const { handler } = await import("../../../functions/sender.js");
    await expect(handler({ type: "followup.step.due", v: 2, interviewId: "x" })).resolves.toBeUndefined();
    await expect(handler("garbage")).resolves.toBeUndefined();
  });

  it("keeps interviews and schedules across a restart, and fires what fell due while it was down", async () => {
    const kim = await h.token("kim");
    const interview = await register({ candidate: { name: "Kim Park", email: "kim@example.com" } }, kim);
    const lastSendAt = Math.max(...interview.steps.map((s: { sendAt: string }) => Date.parse(s.sendAt)));
    await h.stack.close();
    // While it is down, a month passes on the stack's clock.
    writeFileSync(
      join(h.dataDir, "clock.json"),
      JSON.stringify({ offsetMs: lastSendAt + 86_400_000 - Date.now() }),
    );
    await h.restart();
    const token = await h.token("kim");
    const settled = new Set(["sent", "scheduled", "skipped"]);
    // The stack serves once what fell due has fired, or after 5 s at most (the rest go on in the
    // background, README): on a loaded machine the last ones may still be on their way.
    let after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    for (let i = 0; i < 60 && !after.steps.every((s: { status: string }) => settled.has(s.status)); i++) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      after = (await h.api("GET", `/interviews/${interview.id}`, { token })).json;
    }
    expect(after.id).toBe(interview.id);
    // Late steps are sent if the restart happens inside their send window, otherwise moved to the next one;
    // of several follow-ups to the recruiter that all fell due, only the latest goes.
    expect(
      after.steps.map((s: { status: string }) => s.status).filter((s: string) => !settled.has(s)),
    ).toEqual([]);
    const toRecruiter = after.steps.filter(
      (s: { to: { email: string }; status: string }) =>
        s.to.email === "priya@acme.example" && s.status !== "skipped",
    );
    expect(toRecruiter).toHaveLength(1);
    expect(
      after.events.some((e: { type: string }) => e.type === "step.sent" || e.type === "step.moved"),
    ).toBe(true);
  });
});
