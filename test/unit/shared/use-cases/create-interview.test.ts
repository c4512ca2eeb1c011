import { describe, expect, it } from "vitest";
import { interviewView } from "../../../../shared/api/interview-view.js";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { toSendAt } from "../../../../shared/domain/business-calendar.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { localScheduleTime } from "../../../../shared/domain/local-schedule-time.js";
import type { Step, StepKind } from "../../../../shared/domain/step.js";
import { stepDuePayloadSchema } from "../../../../shared/domain/step-due-payload.js";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { createInterview, SCHEDULE_LEAD_MS } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const FOLLOW_UPS: StepKind[] = ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"];

const followUpsOf = (i: Interview) => i.steps.filter((s) => FOLLOW_UPS.includes(s.kind));

function markSent(deps: TestDeps, id: string, which: (s: Step) => boolean): void {
  deps.store.writeConcurrently(id, (current) => ({
    ...current,
    steps: current.steps.map((s) =>
      which(s) ? { ...s, status: "sent", sentAt: s.sendAt, sesMessageId: `ses-${s.id}` } : s,
    ),
  }));
}

describe("createInterview", () => {
  it("stores the interview, owned by the caller, with its planned steps", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const stored = deps.store.peek(created.id);
    expect(stored).toEqual(created);
    expect(stored?.owner).toBe(OWNER);
    expect(stored?.status).toBe("active");
    expect(stored?.applicationKey).toBe("acme-corp--staff-engineer");
    expect(stored?.steps.map((s) => s.kind)).toEqual([
      "thank_you",
      "handwritten_note",
      "pre_decision_nudge",
      "recruiter_check_in",
      "weekly_check_in",
    ]);
    expect(stored?.events.map((e) => e.type)).toContain("interview.registered");
  });

  it("gives every step an at() schedule in the step's own zone that names the interview and step", async () => {
    const deps = testDeps();
    const details = interviewDetails({
      interviewers: [
        { name: "Ann Lee", email: "ann@acme.test" },
        { name: "Ben Ode", email: "ben@acme.test", timezone: "Europe/London" },
      ],
    });
    const created = await createInterview(deps, { owner: OWNER, details });

    expect(deps.schedules.upsertedNames().sort()).toEqual(created.steps.map((s) => s.scheduleName).sort());
    for (const step of created.steps) {
      const schedule = deps.schedules.live.get(step.scheduleName);
      expect(schedule?.name).toBe(`fu-${created.id}-${step.id}`);
      expect(schedule?.timezone).toBe(step.timezone);
      expect(JSON.parse(schedule?.payload ?? "")).toEqual({
        type: "followup.step.due",
        v: 1,
        interviewId: created.id,
        stepId: step.id,
      });
      expect(stepDuePayloadSchema.safeParse(JSON.parse(schedule?.payload ?? "")).success).toBe(true);
    }
    const ben = created.steps.find((s) => s.to.email === "ben@acme.test");
    const ann = created.steps.find((s) => s.to.email === "ann@acme.test");
    // Both get their thank-you at 09:30 local on the next business morning, each in their own zone.
    expect(deps.schedules.live.get(ben?.scheduleName ?? "")).toMatchObject({
      localTime: "2026-11-24T09:30:00",
      timezone: "Europe/London",
    });
    expect(deps.schedules.live.get(ann?.scheduleName ?? "")).toMatchObject({
      localTime: "2026-11-24T09:30:00",
      timezone: "America/New_York",
    });
  });

  it("ends with every step scheduled, in the returned and in the stored interview", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    expect(created.steps.length).toBeGreaterThan(0);
    expect(created.steps.every((s) => s.status === "scheduled")).toBe(true);
    expect(deps.store.peek(created.id)?.steps.every((s) => s.status === "scheduled")).toBe(true);
    // Stored once, already saying which schedules exist: no write after it to record them.
    expect(created.version).toBe(1);
  });

  it("leaves exactly the step whose schedule failed unscheduled, and still succeeds", async () => {
    const deps = testDeps();
    // Ids are only known after planning, so fail every name ending in -s2 (the handwritten-note reminder).
    const upsert = deps.schedules.upsert.bind(deps.schedules);
    deps.schedules.upsert = async (schedule) => {
      if (schedule.name.endsWith("-s2")) throw new Error("ThrottlingException");
      return upsert(schedule);
    };

    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const stored = deps.store.peek(created.id);
    expect(stored?.steps.filter((s) => s.status === "unscheduled").map((s) => s.id)).toEqual(["s2"]);
    expect(stored?.steps.filter((s) => s.status === "scheduled")).toHaveLength(created.steps.length - 1);
    expect(created.steps.find((s) => s.id === "s2")?.status).toBe("unscheduled");
    expect(deps.log.lines).toContainEqual(
      expect.objectContaining({ level: "warn", data: expect.objectContaining({ stepId: "s2" }) }),
    );
  });

  it("still stores the chain when no schedule at all can be created", async () => {
    const deps = testDeps();
    deps.schedules.upsert = async () => {
      throw new Error("scheduler down");
    };

    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    expect(deps.store.peek(created.id)?.steps.every((s) => s.status === "unscheduled")).toBe(true);
    expect(created.version).toBe(1);
  });

  it("creates the schedules before storing the chain, none due before the item can exist, and writes nothing after it", async () => {
    const deps = testDeps();
    const storedWhenScheduled: boolean[] = [];
    const upsert = deps.schedules.upsert.bind(deps.schedules);
    deps.schedules.upsert = async (schedule) => {
      storedWhenScheduled.push(deps.store.all().length > 0);
      return upsert(schedule);
    };
    deps.store.replace = async () => {
      throw new DependencyUnavailableError("The interview store");
    };
    // An interview of yesterday: its thank-you note is due at once.
    const created = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ interviewedAt: new Date(Date.now() - 86_400_000).toISOString() }),
    });

    expect(storedWhenScheduled.length).toBe(created.steps.length);
    expect(storedWhenScheduled.every((stored) => !stored)).toBe(true);
    expect(deps.store.peek(created.id)?.steps.every((s) => s.status === "scheduled")).toBe(true);
    const floor = new Date(Date.now() + SCHEDULE_LEAD_MS);
    // The thank-you note is due before the floor: its schedule fires at the floor instead.
    expect(created.steps.filter((s) => Date.parse(s.sendAt) < floor.getTime()).length).toBeGreaterThan(0);
    for (const schedule of deps.schedules.live.values()) {
      const earliest = localScheduleTime(toSendAt(floor, schedule.timezone), schedule.timezone);
      expect(schedule.localTime >= earliest).toBe(true);
    }
  });

  it("answers with an interview the documented view schema accepts, without its version", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const view = interviewView(created);
    const parsed = interviewViewSchema.safeParse(view);
    expect(parsed.error).toBeUndefined();
    expect(view).not.toHaveProperty("version");
  });

  it("gives each new interview a distinct id", async () => {
    const deps = testDeps();
    const a = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    const b = await createInterview(deps, { owner: "user-2", details: interviewDetails() });
    expect(a.id).not.toBe(b.id);
    expect(deps.store.all()).toHaveLength(2);
  });
});

describe("createInterview: a later round of the same application", () => {
  async function phoneScreen(deps: TestDeps): Promise<Interview> {
    return createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
  }

  it("supersedes the earlier active round: pending steps cancelled, their schedules removed", async () => {
    const deps = testDeps();
    const first = await phoneScreen(deps);
    markSent(deps, first.id, (s) => s.kind === "thank_you");
    deps.schedules.clearHistory();

    const onsite = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    const earlier = deps.store.peek(first.id);
    expect(earlier?.status).toBe("superseded");
    expect(earlier?.stopReason).toBe("superseded");
    const cancelled = earlier?.steps.filter((s) => s.status === "cancelled") ?? [];
    expect(cancelled.map((s) => s.kind)).toEqual(
      first.steps.filter((s) => s.kind !== "thank_you").map((s) => s.kind),
    );
    expect(earlier?.steps.find((s) => s.kind === "thank_you")?.status).toBe("sent");
    expect(deps.schedules.removes.sort()).toEqual(cancelled.map((s) => s.scheduleName).sort());
    expect(earlier?.events.at(-1)?.detail).toContain(onsite.id);
    expect(deps.store.peek(onsite.id)?.status).toBe("active");
  });

  it("counts follow-ups already sent in the earlier round toward the cap", async () => {
    const deps = testDeps();
    const first = await phoneScreen(deps);
    const firstFollowUp = followUpsOf(first)[0];
    markSent(deps, first.id, (s) => s.id === firstFollowUp?.id);

    const onsite = await createInterview(deps, { owner: OWNER, details: interviewDetails() });
    const fresh = await createInterview(testDeps(), { owner: OWNER, details: interviewDetails() });

    expect(followUpsOf(fresh)).toHaveLength(3);
    expect(followUpsOf(onsite)).toHaveLength(2);
    expect(followUpsOf(onsite)[0]?.why).toContain("1 from earlier rounds");
  });

  it("does not touch rounds of another application or another owner", async () => {
    const deps = testDeps();
    const otherRole = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ role: "Principal Engineer", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
    const otherOwner = await createInterview(deps, {
      owner: "user-2",
      details: interviewDetails({ interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
    deps.schedules.clearHistory();

    await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    expect(deps.store.peek(otherRole.id)?.status).toBe("active");
    expect(deps.store.peek(otherOwner.id)?.status).toBe("active");
    expect(deps.schedules.removes).toEqual([]);
  });

  it("does not supersede a round that took place after the one being registered", async () => {
    const deps = testDeps();
    const later = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ round: "final" }),
    });

    await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });

    expect(deps.store.peek(later.id)?.status).toBe("active");
  });

  it("stores an earlier round registered after a later one as superseded, with no schedule", async () => {
    const deps = testDeps();
    const onsite = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ decisionExpectedBy: undefined }),
    });
    deps.schedules.clearHistory();

    const screen = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({
        round: "phone screen",
        interviewedAt: "2026-11-19T10:00:00-05:00",
        decisionExpectedBy: undefined,
      }),
    });

    expect(screen).toMatchObject({ status: "superseded", stopReason: "superseded" });
    expect(deps.store.peek(screen.id)).toEqual(screen);
    expect(screen.steps.length).toBeGreaterThan(0);
    for (const step of screen.steps) {
      expect(step.status).toBe("cancelled");
      expect(step.reason).toBe(`a later round (onsite, ${onsite.id}) is already registered`);
    }
    expect(screen.events.map((e) => e.type)).toEqual(["interview.registered", "chain.superseded"]);
    expect(screen.events.at(-1)?.detail).toContain("A later round of this application is already registered");
    expect(screen.events.at(-1)?.detail).toContain(onsite.id);
    expect(deps.schedules.upserts).toEqual([]);
    expect(deps.store.peek(onsite.id)?.status).toBe("active");
    // One live chain to the recruiter, within the cap.
    const live = deps.store
      .all()
      .flatMap((i) => i.steps)
      .filter((s) => FOLLOW_UPS.includes(s.kind) && s.status === "scheduled");
    expect(live).toHaveLength(3);
  });

  it("still registers the new round when the earlier one cannot be superseded", async () => {
    const deps = testDeps();
    const first = await phoneScreen(deps);
    deps.store.raceNextReplaces(first.id, 10);

    const onsite = await createInterview(deps, { owner: OWNER, details: interviewDetails() });

    expect(deps.store.peek(onsite.id)?.status).toBe("active");
    expect(deps.store.peek(first.id)?.status).toBe("active");
    expect(deps.log.lines).toContainEqual(
      expect.objectContaining({ level: "warn", message: "could not supersede an earlier round" }),
    );
  });
});
