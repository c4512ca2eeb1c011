import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { removeSchedules, scheduleSteps } from "../../../../shared/use-cases/schedule-steps.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

/** A stored interview whose steps are all still `unscheduled`, as right after the write of a create. */
async function unscheduled(deps: TestDeps): Promise<Interview> {
  const failing = testDeps();
  failing.schedules.upsert = async () => {
    throw new Error("down");
  };
  const created = await createInterview(failing, { owner: "user-1", details: interviewDetails() });
  deps.store.put(created);
  return created;
}

describe("scheduleSteps", () => {
  it("records only the steps whose schedule exists as scheduled", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    deps.schedules.failUpsertFor(
      interview.steps[1]?.scheduleName ?? "",
      interview.steps[3]?.scheduleName ?? "",
    );

    const after = await scheduleSteps(deps, interview, interview.steps);

    expect(after.steps.map((s) => s.status)).toEqual([
      "scheduled",
      "unscheduled",
      "scheduled",
      "unscheduled",
      "scheduled",
    ]);
    expect(deps.store.peek(interview.id)).toEqual(after);
    expect(deps.log.lines.filter((l) => l.level === "warn").map((l) => l.data?.stepId)).toEqual(["s2", "s4"]);
  });

  it("records the schedules with no read, from the item the caller just wrote, and from the stored one when that was stale", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    const reads = deps.store.calls.get;
    await scheduleSteps(deps, interview, interview.steps.slice(0, 2));
    expect(deps.store.calls.get - reads).toBe(0);

    // `interview` is now one version behind: the failed write's item is the one to start from.
    const after = await scheduleSteps(deps, interview, interview.steps.slice(2));
    expect(deps.store.calls.get - reads).toBe(0);
    expect(after.version).toBe(interview.version + 2);
    expect(deps.store.peek(interview.id)?.steps.every((s) => s.status === "scheduled")).toBe(true);
  });

  it("dates the steps it marks at the write that lands, after a conflict too", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    // Someone else writes first, a minute into the call: the retry's write comes after theirs.
    deps.store.raceNextReplaces(interview.id, 1);
    const replace = deps.store.replace.bind(deps.store);
    deps.store.replace = async (...args) => {
      try {
        return await replace(...args);
      } catch (error) {
        deps.clock.advance(60_000);
        throw error;
      }
    };
    const start = deps.clock.now().getTime();

    const after = await scheduleSteps(deps, interview, interview.steps);

    // Before, the time was read once before the first attempt.
    expect(after.steps.map((s) => Date.parse(s.updatedAt))).toEqual(
      interview.steps.map(() => start + 60_000),
    );
  });

  it("writes nothing when no schedule could be created", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    deps.schedules.failUpsertFor(...interview.steps.map((s) => s.scheduleName));

    const after = await scheduleSteps(deps, interview, interview.steps);

    expect(after).toEqual(interview);
    expect(deps.store.calls.replace).toBe(0);
  });

  it("does not turn a step claimed in the meantime back into scheduled", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    // The sender claimed s1 while its schedule was being created.
    deps.store.writeConcurrently(interview.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "sending" } : s)),
    }));

    const after = await scheduleSteps(deps, interview, interview.steps);

    expect(after.steps.find((s) => s.id === "s1")?.status).toBe("sending");
    expect(after.steps.filter((s) => s.status === "scheduled")).toHaveLength(interview.steps.length - 1);
  });

  it("hands the schedule the step's local wall-clock time in its zone", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    const step = interview.steps[0];

    await scheduleSteps(deps, interview, step ? [step] : []);

    expect(deps.schedules.upserts).toEqual([
      {
        name: step?.scheduleName,
        localTime: "2026-11-24T09:30:00",
        timezone: "America/New_York",
        payload: JSON.stringify({ type: "followup.step.due", v: 1, interviewId: interview.id, stepId: "s1" }),
      },
    ]);
  });
});

describe("removeSchedules", () => {
  it("removes every schedule it can and only logs the ones it cannot", async () => {
    const deps = testDeps();
    const interview = await unscheduled(deps);
    const [first, second, third] = interview.steps;
    deps.schedules.failRemoveFor(second?.scheduleName ?? "");

    await removeSchedules(
      deps,
      [first, second, third].filter((s) => s !== undefined),
    );

    expect(deps.schedules.removes).toEqual([first?.scheduleName, third?.scheduleName]);
    expect(deps.log.lines).toEqual([
      expect.objectContaining({ level: "warn", data: expect.objectContaining({ stepId: second?.id }) }),
    ]);
  });
});
