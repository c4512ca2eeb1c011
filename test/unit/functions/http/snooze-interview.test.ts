import { describe, expect, it } from "vitest";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const { scheduler } = httpHandlerTestEnv();
const { handler } = await import("../../../../functions/http/snooze-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;
const stopHandler = (await import("../../../../functions/http/stop-interview.js")).handler;

async function created(): Promise<{ id: string; sendAts: Record<string, string> }> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  scheduler.resetHistory();
  const view = interviewViewSchema.parse(res.json);
  return { id: view.id, sendAts: Object.fromEntries(view.steps.map((s) => [s.id, s.sendAt])) };
}

const snooze = (id: string, body?: unknown, sub: string | null = "user-1") =>
  invoke(
    handler,
    apiEvent({ method: "POST", path: `/interviews/${id}/snooze`, pathParameters: { id }, body, sub }),
  );

interface Answer {
  status: string;
  stepsMoved: number;
  repeated: boolean;
  nextSendAt: string | null;
  interview: unknown;
}

const DAY = 86_400_000;

describe("POST /interviews/{id}/snooze", () => {
  it("answers 400 naming days for ?days=3 in the query (the body takes it), moving nothing", async () => {
    const { id } = await created();

    const res = await invoke(
      handler,
      apiEvent({
        method: "POST",
        path: `/interviews/${id}/snooze`,
        pathParameters: { id },
        query: { days: "3" },
      }),
    );

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "days", problem: "is not a known field" }]);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it("without a body moves every pending step at least a week later and moves their schedules", async () => {
    const { id, sendAts } = await created();

    const res = await snooze(id);

    expect(res.statusCode).toBe(200);
    const answer = res.json as Answer;
    const view = interviewViewSchema.parse(answer.interview);
    expect(answer.status).toBe("snoozed");
    expect(answer.repeated).toBe(false);
    // The nudge before the decision date is cancelled instead: a week would take it past that date.
    const moved = view.steps.filter((s) => s.status !== "cancelled");
    expect(view.steps.filter((s) => s.status === "cancelled").map((s) => s.kind)).toEqual([
      "pre_decision_nudge",
    ]);
    expect(answer.stepsMoved).toBe(moved.length);
    for (const s of moved) {
      expect(Date.parse(s.sendAt) - Date.parse(sendAts[s.id] ?? "")).toBeGreaterThanOrEqual(
        7 * DAY - 3_600_000,
      );
    }
    expect(scheduler.calls().length).toBeGreaterThanOrEqual(view.steps.length);
    expect(view.events.at(-1)?.detail).toMatch(/^Snoozed for 7 days:/);
  });

  it("takes {days} and says so on the timeline; a repeat at once moves nothing", async () => {
    const { id, sendAts } = await created();

    const res = await snooze(id, { days: 2 });
    const again = await snooze(id, { days: 2 });

    const view = interviewViewSchema.parse((res.json as Answer).interview);
    expect(view.events.at(-1)?.detail).toMatch(/^Snoozed for 2 days:/);
    const shifts = view.steps.map((s) => Date.parse(s.sendAt) - Date.parse(sendAts[s.id] ?? ""));
    expect(Math.min(...shifts)).toBeGreaterThanOrEqual(2 * DAY - 3_600_000);
    expect(Math.min(...shifts)).toBeLessThan(7 * DAY);
    expect(again.statusCode).toBe(200);
    expect(again.json).toMatchObject({ repeated: true, stepsMoved: 0 });
    const againView = interviewViewSchema.parse((again.json as Answer).interview);
    expect(againView.steps.map((s) => s.sendAt)).toEqual(view.steps.map((s) => s.sendAt));
  });

  it("answers 400 naming days for 0, 31, a fraction or a string, and for an unknown field, changing nothing", async () => {
    const { id } = await created();

    for (const days of [0, 31, 2.5, "3"]) {
      const bad = await snooze(id, { days });
      expect(bad.statusCode).toBe(400);
      expect(errorOf(bad).issues?.[0]?.field).toBe("days");
    }
    const extra = await snooze(id, { weeks: 1 });
    expect(extra.statusCode).toBe(400);
    expect(scheduler.calls()).toHaveLength(0);
  });

  it("answers 404 for another owner's or a missing interview and 409 chain_not_active once stopped", async () => {
    const { id } = await created();

    const foreign = await snooze(id, undefined, "user-2");
    const missing = await snooze("01JZZZZZZZZZZZZZZZZZZZZZZZ");
    expect(foreign.statusCode).toBe(404);
    expect(missing.statusCode).toBe(404);
    expect(scheduler.calls()).toHaveLength(0);

    await invoke(
      stopHandler,
      apiEvent({
        method: "POST",
        path: `/interviews/${id}/stop`,
        pathParameters: { id },
        body: { reason: "offer" },
      }),
    );
    const stopped = await snooze(id);
    expect(stopped.statusCode).toBe(409);
    expect(errorOf(stopped).code).toBe("chain_not_active");
  });
});
