import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { isPendingStep, type StepKind } from "../../../../shared/domain/step.js";
import { NotFoundError, ValidationError } from "../../../../shared/errors/app-error.js";
import { composeStepEmail } from "../../../../shared/mail/compose-step-email.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { snoozeInterview } from "../../../../shared/use-cases/snooze-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { FIXED_NOW, useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const RECRUITER_FOLLOW_UPS: StepKind[] = ["pre_decision_nudge", "recruiter_check_in", "weekly_check_in"];

async function registered(deps: TestDeps, overrides: Record<string, unknown> = {}): Promise<Interview> {
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails(overrides) });
  deps.schedules.clearHistory();
  return created;
}

/** Marks the thank-you as gone out, as the sender would have. */
function thankYouSent(deps: TestDeps, id: string): void {
  deps.store.writeConcurrently(id, (c) => ({
    ...c,
    steps: c.steps.map((s) =>
      s.kind === "thank_you" ? { ...s, status: "sent", sentAt: s.sendAt, sesMessageId: "ses-1" } : s,
    ),
  }));
}

const pendingFollowUps = (i: Interview | undefined) =>
  (i?.steps ?? []).filter((s) => RECRUITER_FOLLOW_UPS.includes(s.kind) && s.status === "scheduled");

describe("updateInterview: a new decision date", () => {
  it("moves the pending recruiter steps, keeping their ids, and moves their schedules", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    thankYouSent(deps, created.id);
    const before = deps.store.peek(created.id) as Interview;

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-11" },
    });

    expect(updated.decisionExpectedBy).toBe("2026-12-11");
    const moved = pendingFollowUps(updated);
    expect(moved.map((s) => [s.id, s.kind, s.sendAt])).toEqual([
      ["s3", "pre_decision_nudge", "2026-12-08T09:30:00-05:00"],
      ["s4", "recruiter_check_in", "2026-12-15T09:30:00-05:00"],
      ["s5", "weekly_check_in", "2026-12-22T09:30:00-05:00"],
    ]);
    expect(moved.map((s) => s.id)).toEqual(pendingFollowUps(before).map((s) => s.id));
    expect(updated.steps).toHaveLength(before.steps.length);
    expect(deps.schedules.upserts.map((s) => [s.name, s.localTime])).toEqual(
      moved.map((s) => [s.scheduleName, s.sendAt.slice(0, 19)]),
    );
    expect(deps.schedules.removes).toEqual([]);
    expect(deps.store.peek(created.id)).toEqual(updated);
  });

  it("leaves a moved step whose schedule could not be moved for the reconciler", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const nudge = created.steps.find((s) => s.kind === "pre_decision_nudge");
    deps.schedules.failUpsertFor(nudge?.scheduleName ?? "");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-11" },
    });

    const moved = updated.steps.find((s) => s.id === nudge?.id);
    expect(moved?.sendAt).toBe("2026-12-08T09:30:00-05:00");
    expect(deps.schedules.live.get(nudge?.scheduleName ?? "")?.localTime).toBe("2026-12-01T09:30:00");
    expect(moved?.status).toBe("unscheduled");
  });

  it("does not re-plan or re-schedule a step that was already sent", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    thankYouSent(deps, created.id);
    const sentBefore = deps.store.peek(created.id)?.steps.find((s) => s.kind === "thank_you");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { interviewedAt: "2026-11-20T10:00:00-05:00", decisionExpectedBy: "2026-12-11" },
    });

    expect(updated.steps.filter((s) => s.kind === "thank_you")).toEqual([sentBefore]);
    expect(deps.schedules.upsertedNames()).not.toContain(sentBefore?.scheduleName);
  });

  it("cancels the steps the new plan drops and removes their schedules", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { settings: { maxUnansweredFollowUps: 1 } },
    });

    const cancelled = updated.steps.filter((s) => s.status === "cancelled");
    expect(cancelled.length).toBeGreaterThan(0);
    expect(pendingFollowUps(updated)).toHaveLength(1);
    expect(deps.schedules.removes.sort()).toEqual(cancelled.map((s) => s.scheduleName).sort());
  });

  it("clears an optional field with null", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: null },
    });

    expect(updated).not.toHaveProperty("decisionExpectedBy");
    expect(updated.steps.some((s) => s.kind === "pre_decision_nudge" && s.status === "scheduled")).toBe(
      false,
    );
  });
});

describe("updateInterview: refusals", () => {
  it("throws ValidationError for a decision date before the interview, and changes nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const before = deps.store.peek(created.id);

    const err = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-11-01" },
    }).catch((e: unknown) => e);

    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toContainEqual({
      field: "decisionExpectedBy",
      problem: "must not be before the interview",
    });
    expect(deps.store.peek(created.id)).toEqual(before);
    expect(deps.schedules.upserts).toEqual([]);
    expect(deps.schedules.removes).toEqual([]);
  });

  it("throws ValidationError when a moved interview date would leave the decision date behind", async () => {
    const deps = testDeps();
    const created = await registered(deps, { decisionExpectedBy: "2026-11-25" });

    await expect(
      updateInterview(deps, {
        owner: OWNER,
        id: created.id,
        patch: { interviewedAt: "2026-11-30T10:00:00-05:00" },
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(deps.store.peek(created.id)?.version).toBe(created.version);
  });

  it("answers NotFoundError for another owner's interview and changes nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    await expect(
      updateInterview(deps, { owner: "user-2", id: created.id, patch: { notes: "mine now" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(deps.store.peek(created.id)?.notes).toBeUndefined();
  });

  it("answers NotFoundError for a malformed id", async () => {
    const deps = testDeps();
    await expect(
      updateInterview(deps, { owner: OWNER, id: "INTERVIEW#1", patch: { notes: "x" } }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("updateInterview: an edit after the thank-yous went out", () => {
  it("leaves the morning's check-in where it was: the thank-you that went a week ago is not planned anew", async () => {
    const deps = testDeps();
    // Monday 23 Nov; no decision date: thanked Tuesday 24, first check-in Tuesday 1 Dec (Thanksgiving skipped).
    const created = await registered(deps, { decisionExpectedBy: undefined });
    thankYouSent(deps, created.id);
    const checkIn = created.steps.find((s) => s.kind === "recruiter_check_in");
    expect(checkIn?.sendAt).toBe("2026-12-01T09:30:00-05:00");
    // 08:00 on the check-in's morning, the candidate fixes a typo in the notes.
    deps.clock.set("2026-12-01T13:00:00Z");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { notes: "Ask about on-call." },
    });

    const after = updated.steps.find((s) => s.id === checkIn?.id);
    expect(after?.sendAt).toBe("2026-12-01T09:30:00-05:00");
    expect(after?.why).toBe(checkIn?.why);
    expect(after?.why).not.toContain("last thank-you");
  });

  it("keeps the next weekly check-in its interval after the check-in that went, not after the edit", async () => {
    const deps = testDeps();
    const created = await registered(deps, { decisionExpectedBy: undefined });
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) =>
        ["thank_you", "handwritten_note", "recruiter_check_in"].includes(s.kind)
          ? { ...s, status: "sent", sentAt: s.sendAt }
          : s,
      ),
    }));
    const weekly = created.steps.find((s) => s.kind === "weekly_check_in");
    // The check-in went on Tuesday 1 Dec; the next one is five business days later, Tuesday 8 Dec.
    expect(weekly?.sendAt).toBe("2026-12-08T09:30:00-05:00");
    deps.clock.set("2026-12-03T15:00:00Z");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { notes: "Ask about on-call." },
    });

    const after = updated.steps.find((s) => s.id === weekly?.id);
    expect(after?.sendAt).toBe("2026-12-08T09:30:00-05:00");
    expect(after?.why).toBe(weekly?.why);
  });
});

describe("updateInterview: a stopped chain", () => {
  it("records the change but plans and schedules nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const stopped = await stopInterview(deps, { owner: OWNER, id: created.id, reason: "offer" });
    deps.schedules.clearHistory();

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-11", notes: "Offer call went well" },
    });

    expect(updated.notes).toBe("Offer call went well");
    expect(updated.steps).toEqual(stopped.steps);
    expect(deps.schedules.upserts).toEqual([]);
  });
});

describe("updateInterview: retried after another write", () => {
  it("dates its event at the write that succeeded, after the event of the write it lost to", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const replace = deps.store.replace.bind(deps.store);
    let raced = false;
    deps.store.replace = async (next, expectedVersion, previous) => {
      if (!raced && next.events.some((e) => e.type === "interview.updated")) {
        raced = true;
        // A stop lands a second after the edit read the item; the edit's retry comes a second later.
        deps.clock.advance(1000);
        await stopInterview(deps, { owner: OWNER, id: created.id, reason: "offer" });
        deps.clock.advance(1000);
      }
      return replace(next, expectedVersion, previous);
    };

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { notes: "Ask about on-call." },
    });

    expect(raced).toBe(true);
    const times = updated.events.map((e) => [e.type, e.at]);
    const stop = updated.events.find((e) => e.type !== "interview.updated" && e.at > created.updatedAt);
    const edit = updated.events.at(-1);
    expect(edit?.type, JSON.stringify(times)).toBe("interview.updated");
    expect(edit?.at).toBe(new Date(Date.parse(FIXED_NOW.toISOString()) + 2000).toISOString());
    expect(Date.parse(edit?.at ?? "") > Date.parse(stop?.at ?? "")).toBe(true);
    expect(updated.updatedAt).toBe(edit?.at);
  });
});

describe("updateInterview: a later round of an application", () => {
  it("keeps counting follow-ups sent in earlier rounds toward the cap when it re-plans", async () => {
    const deps = testDeps();
    const phone = await registered(deps, {
      round: "phone screen",
      interviewedAt: "2026-11-09T10:00:00-05:00",
    });
    deps.store.writeConcurrently(phone.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.kind === "recruiter_check_in" ? { ...s, status: "sent" } : s)),
    }));
    const onsite = await registered(deps);
    expect(pendingFollowUps(onsite)).toHaveLength(2);

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: onsite.id,
      patch: { notes: "Met the whole team." },
    });

    expect(pendingFollowUps(updated)).toHaveLength(2);
  });
});

describe("updateInterview: a greeting", () => {
  const LINKS = { replyTo: "r-1@reply.followups.test" };
  it("added later keeps the planned steps, and the pending thank-you greets with it", async () => {
    const deps = testDeps();
    const created = await registered(deps, {
      interviewers: [{ name: "Li Ming", email: "li@acme.test", topics: ["caching"] }],
    });
    const thanks = (i: Interview) => i.steps.find((s) => s.kind === "thank_you");
    const before = thanks(created);
    if (!before) throw new Error("no thank-you");
    expect(composeStepEmail(created, before, LINKS).text).toMatch(/^Hi Li,/);

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: {
        interviewers: [{ name: "Li Ming", email: "li@acme.test", topics: ["caching"], greeting: "Ming" }],
      },
    });

    const after = thanks(updated);
    expect(after).toEqual(before);
    expect(updated.interviewers[0]?.greeting).toBe("Ming");
    expect(composeStepEmail(updated, before, LINKS).text).toMatch(/^Hi Ming,/);
  });
});

describe("updateInterview: after a snooze", () => {
  it("keeps every snoozed step where the snooze took it, or later, when the decision date changes", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const { interview: snoozed } = await snoozeInterview(deps, { id: created.id, owner: OWNER });
    const held = new Map(snoozed.steps.filter(isPendingStep).map((s) => [s.id, s.sendAt]));
    const thanks = snoozed.steps.find((s) => s.kind === "thank_you");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-18" },
    });

    // The thank-you's rule did not change: before the fix the re-plan put it back on its first morning.
    expect(updated.steps.find((s) => s.id === thanks?.id)).toMatchObject({
      sendAt: thanks?.sendAt,
      heldUntil: thanks?.sendAt,
      why: thanks?.why,
    });
    const stillHeld = updated.steps.filter((s) => isPendingStep(s) && held.has(s.id));
    expect(stillHeld.length).toBeGreaterThan(1);
    for (const s of stillHeld) {
      expect(Date.parse(s.sendAt)).toBeGreaterThanOrEqual(Date.parse(held.get(s.id) ?? ""));
    }
  });
});

describe("updateInterview: after a snooze cancelled the nudge", () => {
  it("does not bring back a nudge the snooze took past the decision date", async () => {
    const deps = testDeps();
    const created = await registered(deps, { decisionExpectedBy: "2026-12-11" });
    expect(created.steps.some((s) => s.kind === "pre_decision_nudge" && isPendingStep(s))).toBe(true);
    const { interview: snoozed } = await snoozeInterview(deps, { id: created.id, owner: OWNER, days: 21 });
    expect(snoozed.steps.find((s) => s.kind === "pre_decision_nudge")?.status).toBe("cancelled");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { notes: "Ask about the team" },
    });

    // Before the fix the re-plan found no live nudge and planned a fresh one before the decision date,
    // inside the time the snooze had put everything off.
    const nudges = updated.steps.filter((s) => s.kind === "pre_decision_nudge");
    expect(nudges.filter(isPendingStep)).toEqual([]);
  });

  it("brings it back at the held time when a later decision date makes room for it after the hold", async () => {
    const deps = testDeps();
    const created = await registered(deps, { decisionExpectedBy: "2026-12-11" });
    const { interview: snoozed } = await snoozeInterview(deps, { id: created.id, owner: OWNER, days: 7 });
    const before = created.steps.find((s) => s.kind === "pre_decision_nudge");
    expect(snoozed.steps.find((s) => s.id === before?.id)?.status).toBe("cancelled");
    // Snoozed a week, the nudge of Tuesday 8 Dec would have gone on Tuesday 15 Dec, past the decision.
    const held = Date.parse(before?.sendAt ?? "") + 7 * 86_400_000;

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { decisionExpectedBy: "2026-12-17" },
    });

    // The rules now put it on Monday 14 Dec, inside the snooze: it goes on the 15th, still before the 17th.
    const nudge = updated.steps.find((s) => s.kind === "pre_decision_nudge" && isPendingStep(s));
    expect(nudge?.sendAt).toBe("2026-12-15T09:30:00-05:00");
    expect(Date.parse(nudge?.sendAt ?? "")).toBe(held);
    expect(nudge?.heldUntil).toBe(nudge?.sendAt);
    expect(nudge?.why).toMatch(/Tuesday 15 Dec/);
  });
});
