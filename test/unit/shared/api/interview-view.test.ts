import { describe, expect, it } from "vitest";
import { interviewView } from "../../../../shared/api/interview-view.js";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

describe("interviewView", () => {
  it("shows steps in the order they go out, even when added later, and hides the version", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const stopped = await stopInterview(deps, { owner: "user-1", id: created.id, reason: "rejected" });
    // Reorder the stored steps so the view has to sort them.
    const shuffled = {
      ...stopped,
      steps: [...stopped.steps].reverse(),
      inboundForwards: { day: "2026-12-01", count: 3 },
    };

    const view = interviewView(shuffled);

    const times = view.steps.map((s) => Date.parse(s.sendAt));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(view.steps).toHaveLength(stopped.steps.length);
    expect(view).not.toHaveProperty("version");
    expect(view).not.toHaveProperty("inboundForwards");
    expect(interviewViewSchema.safeParse(view).error).toBeUndefined();
  });

  it("breaks send-time ties by step number, s2 before s10", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const [a, b] = created.steps;
    if (!a || !b) throw new Error("expected two steps");
    const tie = {
      ...created,
      steps: [
        { ...b, id: "s10" },
        { ...a, id: "s2", sendAt: b.sendAt },
      ],
    };

    expect(interviewView(tie).steps.map((s) => s.id)).toEqual(["s2", "s10"]);
  });
});
