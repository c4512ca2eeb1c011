import { afterEach, describe, expect, it, vi } from "vitest";
import { interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { scheduleNameFor } from "../../../../shared/domain/schedule-name.js";
import { STEP_KINDS, type Step } from "../../../../shared/domain/step.js";
import { MAX_STORED_STEPS } from "../../../../shared/domain/trim-stored-steps.js";
import { AppError } from "../../../../shared/errors/app-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { MAX_EDITED_ITEM_BYTES, updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const DAY_MS = 86_400_000;

afterEach(() => {
  vi.setSystemTime(FIXED_NOW);
});

async function registered(deps: TestDeps, overrides: Record<string, unknown> = {}): Promise<Interview> {
  return createInterview(deps, { owner: OWNER, details: interviewDetails(overrides) });
}

/** A PATCH as the handler passes it: through the request schema. */
function patch(deps: TestDeps, id: string, body: unknown) {
  return updateInterview(deps, { owner: OWNER, id, patch: interviewPatchSchema.parse(body) });
}

const bytes = (i: Interview | undefined) => Buffer.byteLength(JSON.stringify(i));

/** `count` cancelled steps that never went out, as many edits of the contacts leave behind. */
function addCancelledSteps(deps: TestDeps, id: string, count: number, whyChars = 200): void {
  deps.store.writeConcurrently(id, (c) => {
    const model = c.steps[0] as Step;
    const first = c.steps.length + 1;
    const extra: Step[] = Array.from({ length: count }, (_, i) => ({
      ...model,
      id: `s${first + i}`,
      scheduleName: scheduleNameFor(c.id, `s${first + i}`),
      status: "cancelled",
      reason: "no longer in the plan after a change",
      why: "w".repeat(whyChars),
    }));
    return { ...c, steps: [...c.steps, ...extra] };
  });
}

describe("updateInterview: long after the interview", () => {
  it("accepts new wording for the keep-in-touch note more than a year after the interview", async () => {
    const deps = testDeps();
    const created = await registered(deps, { settings: { keepInTouchAfterMonths: 18 } });
    const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "rejected" });
    const note = stopped.steps.find((s) => s.kind === "keep_in_touch");
    if (!note) throw new Error("expected a keep-in-touch note");
    const later = new Date(FIXED_NOW.getTime() + 400 * DAY_MS);
    vi.setSystemTime(later);
    deps.clock.set(later);

    const updated = await patch(deps, created.id, {
      stepTemplates: { [note.id]: { body: "Hi {{contact.firstName}}, it has been a while." } },
    });

    expect(updated.stepTemplates).toEqual({
      [note.id]: { body: "Hi {{contact.firstName}}, it has been a while." },
    });
  });

  it("still refuses a patch that moves the interview date out of the window", () => {
    expect(
      interviewPatchSchema.safeParse({
        interviewedAt: new Date(FIXED_NOW.getTime() - 400 * DAY_MS).toISOString(),
      }).success,
    ).toBe(false);
  });
});

describe("updateInterview: the size of one interview", () => {
  it("drops the wording of steps that are no longer pending", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const checkIn = created.steps.find((s) => s.kind === "recruiter_check_in");
    const thanks = created.steps.find((s) => s.kind === "thank_you");
    if (!checkIn || !thanks) throw new Error("expected a check-in and a thank-you");
    await patch(deps, created.id, {
      stepTemplates: { [checkIn.id]: { body: "Any news?" }, [thanks.id]: { body: "Thanks!" } },
    });

    // Without a recruiter, the check-in is cancelled: its wording will never be read.
    const updated = await patch(deps, created.id, { recruiter: null });

    expect(updated.steps.find((s) => s.id === checkIn.id)?.status).toBe("cancelled");
    expect(updated.stepTemplates).toEqual({ [thanks.id]: { body: "Thanks!" } });
  });

  it("lets the wording of any step be removed, even one that already went out", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const thanks = created.steps.find((s) => s.kind === "thank_you");
    if (!thanks) throw new Error("expected a thank-you");
    // Stored before this version dropped the wording of settled steps.
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      stepTemplates: { [thanks.id]: { body: "Thanks!" } },
      steps: c.steps.map((s) => (s.id === thanks.id ? { ...s, status: "sent", sentAt: s.sendAt } : s)),
    }));

    const updated = await patch(deps, created.id, { stepTemplates: { [thanks.id]: null } });

    expect(updated).not.toHaveProperty("stepTemplates");
  });

  it("answers 413 interview_too_large for a change that would grow the item past the limit, and stores nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    addCancelledSteps(deps, created.id, 100, 2200);
    const before = deps.store.peek(created.id);
    expect(bytes(before)).toBeLessThan(MAX_EDITED_ITEM_BYTES);
    const body = "b".repeat(5000);
    const templates = Object.fromEntries(STEP_KINDS.map((k) => [k, { body }]));

    const error = await patch(deps, created.id, { templates }).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "interview_too_large" });
    expect((error as AppError).message).toMatch(/delete the interview and register it again/);
    expect((error as AppError).message).toMatch(/stepTemplates/);
    expect(deps.store.peek(created.id)).toEqual(before);
  });

  it("lets a change through that does not grow an item already over the limit", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const checkIn = created.steps.find((s) => s.kind === "recruiter_check_in");
    if (!checkIn) throw new Error("expected a check-in");
    addCancelledSteps(deps, created.id, 140, 2200);
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      stepTemplates: { [checkIn.id]: { body: "b".repeat(5000) } },
    }));
    expect(bytes(deps.store.peek(created.id))).toBeGreaterThan(MAX_EDITED_ITEM_BYTES);

    const updated = await patch(deps, created.id, { stepTemplates: { [checkIn.id]: null } });

    expect(updated).not.toHaveProperty("stepTemplates");
  });

  it("keeps at most MAX_STORED_STEPS steps, dropping the oldest cancelled ones but never the highest id", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    addCancelledSteps(deps, created.id, MAX_STORED_STEPS + 10);
    const stored = deps.store.peek(created.id) as Interview;
    const highest = stored.steps.at(-1)?.id;

    const updated = await patch(deps, created.id, { notes: "Met the whole team." });

    expect(updated.steps).toHaveLength(MAX_STORED_STEPS);
    // Every step of the live chain is kept, and so is the last id handed out.
    for (const s of created.steps) expect(updated.steps.map((u) => u.id)).toContain(s.id);
    expect(updated.steps.at(-1)?.id).toBe(highest);
    const dropped = stored.steps.filter((s) => !updated.steps.some((u) => u.id === s.id));
    expect(dropped.every((s) => s.status === "cancelled")).toBe(true);
    expect(dropped.map((s) => s.id)).toEqual(
      stored.steps
        .filter((s) => s.status === "cancelled")
        .slice(0, dropped.length)
        .map((s) => s.id),
    );

    // A contact added afterwards gets fresh ids, past the highest ever handed out.
    const more = await patch(deps, created.id, {
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Bo Chen", email: "bo@acme.test" },
      ],
    });
    const added = more.steps.find((s) => s.to.email === "bo@acme.test");
    expect(Number(added?.id.slice(1))).toBe(Number(highest?.slice(1)) + 1);
  });
});
