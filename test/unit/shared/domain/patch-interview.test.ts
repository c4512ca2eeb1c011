import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { patchInterview } from "../../../../shared/domain/patch-interview.js";
import { resolvePlannerSettings } from "../../../../shared/domain/planner-settings.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

/** A stored interview: what the change is applied to. */
async function stored(overrides: Record<string, unknown> = {}): Promise<Interview> {
  return createInterview(testDeps(), { owner: "user-1", details: interviewDetails(overrides) });
}

function applied(current: Interview, change: Parameters<typeof patchInterview>[1]): Interview {
  const result = patchInterview(current, change);
  if (!("interview" in result)) throw new Error(`refused: ${JSON.stringify(result.problems)}`);
  return result.interview;
}

describe("patchInterview", () => {
  it("sets the fields given and keeps every other, steps and timeline included", async () => {
    const current = await stored();
    const next = applied(current, { round: "final", notes: "bring the slides" });
    expect(next.round).toBe("final");
    expect(next.notes).toBe("bring the slides");
    expect({ ...next, round: current.round, notes: current.notes }).toEqual(current);
  });

  it("clears an optional field with null, and only that one", async () => {
    const current = await stored({ decisionExpectedBy: "2026-12-04" });
    const next = applied(current, { decisionExpectedBy: null, recruiter: null });
    expect(next).not.toHaveProperty("decisionExpectedBy");
    expect(next).not.toHaveProperty("recruiter");
    expect(next.referrer).toEqual(current.referrer);
  });

  it("lays settings over today's, and a new cadence starts from its own defaults", async () => {
    const current = await stored({ settings: resolvePlannerSettings("standard", { sendTime: "08:00" }) });
    expect(applied(current, { settings: { maxUnansweredFollowUps: 1 } }).settings).toMatchObject({
      sendTime: "08:00",
      maxUnansweredFollowUps: 1,
    });
    const patient = applied(current, { cadence: "patient" });
    expect(patient.cadence).toBe("patient");
    expect(patient.settings).toEqual(resolvePlannerSettings("patient", {}));
  });

  it("a new company derives a new application; an explicit one wins; other changes keep it", async () => {
    const current = await stored();
    expect(applied(current, { round: "final" }).applicationKey).toBe(current.applicationKey);
    expect(applied(current, { company: "Globex" }).applicationKey).not.toBe(current.applicationKey);
    expect(applied(current, { company: "Globex", applicationId: "mine" }).applicationKey).toBe("mine");
  });

  it("names what the changed interview would break, and changes nothing", async () => {
    const current = await stored({ decisionExpectedBy: "2026-12-04" });
    const copy = structuredClone(current);
    expect(
      patchInterview(current, {
        interviewedAt: "2026-12-10T10:00:00-05:00",
        recruiter: { name: "Cara", email: current.candidate.email.toUpperCase() },
      }),
    ).toEqual({
      problems: [
        { path: ["recruiter", "email"], problem: "must not be the candidate's own address" },
        { path: ["decisionExpectedBy"], problem: "must not be before the interview" },
      ],
    });
    expect(current).toEqual(copy);
  });

  it("lets an interview long past be changed, and still checks every rule spanning fields", async () => {
    const longAgo = { interviewedAt: "2025-06-02T10:00:00-04:00", decisionExpectedBy: "2025-06-20" };
    const current: Interview = { ...(await stored()), ...longAgo };
    expect(applied(current, { notes: "still waiting" }).notes).toBe("still waiting");
    expect(patchInterview(current, { decisionExpectedBy: "2025-05-30", region: "ZZ" })).toEqual({
      problems: [
        { path: ["decisionExpectedBy"], problem: "must not be before the interview" },
        { path: ["region"], problem: "is not a known region of that country" },
      ],
    });
  });
});

describe("updateInterview: the change is validated once, at the edge", () => {
  it("a stored interview with a zone the API now refuses can still be changed elsewhere", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    // Stored before legacy zone names were refused (issue 9): no PATCH used to get through until it changed.
    deps.store.writeConcurrently(created.id, (c) => ({ ...c, timezone: "US/Eastern" }));

    const updated = await updateInterview(deps, {
      owner: "user-1",
      id: created.id,
      patch: { notes: "asked about the team" },
    });
    expect(updated.notes).toBe("asked about the team");
    expect(updated.timezone).toBe("US/Eastern");
  });

  it("a change that breaks a rule spanning fields is still refused, naming the field", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const err = await updateInterview(deps, {
      owner: "user-1",
      id: created.id,
      patch: { referrer: { name: "Me", email: created.candidate.email } },
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).issues).toEqual([
      { field: "referrer.email", problem: "must not be the candidate's own address" },
    ]);
  });
});
