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

  it("shows the email as sent on a sent step, in the documented shape", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const [first] = created.steps;
    if (!first) throw new Error("expected a step");
    const sentEmail = { to: "ann@acme.test", subject: "Thank you", text: "Hi Ann", truncated: true as const };
    const sent = {
      ...created,
      steps: created.steps.map((s) =>
        s.id === first.id ? { ...s, status: "sent" as const, sentAt: s.sendAt, sentEmail } : s,
      ),
    };

    const view = interviewView(sent);

    expect(view.steps.find((s) => s.id === first.id)?.sentEmail).toEqual(sentEmail);
    expect(interviewViewSchema.safeParse(view).error).toBeUndefined();
    const wrong = { ...view, steps: view.steps.map((s) => ({ ...s, sentEmail: { to: "a@b.test" } })) };
    expect(interviewViewSchema.safeParse(wrong).success).toBe(false);
  });
});
