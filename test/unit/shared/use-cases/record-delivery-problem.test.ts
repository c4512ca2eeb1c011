import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { recordDeliveryProblem } from "../../../../shared/use-cases/record-delivery-problem.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemorySuppressionList } from "../../../support/in-memory-suppression-list.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

function deps() {
  return { ...testDeps(), suppressions: new InMemorySuppressionList() };
}
type Deps = ReturnType<typeof deps>;

const register = (d: Deps, owner: string, overrides: Record<string, unknown> = {}) =>
  createInterview(d, { owner, details: interviewDetails(overrides) });

const statusesTo = (interview: Interview | undefined, email: string) =>
  interview?.steps.filter((s) => s.to.email === email).map((s) => s.status);

describe("recordDeliveryProblem", () => {
  it("suppresses a bounced address for its owner and skips the pending steps to it in every interview of that owner", async () => {
    const d = deps();
    const origin = await register(d, "cara");
    // Another application: an earlier round of the same one would be born superseded, with nothing pending.
    const other = await register(d, "cara", {
      role: "Principal Engineer",
      interviewedAt: "2026-11-20T10:00:00-05:00",
    });
    const foreign = await register(d, "someone-else");

    const outcome = await recordDeliveryProblem(d, {
      kind: "bounce",
      interviewId: origin.id,
      stepId: "s1",
      addresses: ["Ann@Acme.test"],
    });

    expect(outcome).toMatchObject({ result: "recorded", addresses: 1 });
    expect(await d.suppressions.isSuppressed("cara", "ann@acme.test")).toMatchObject({ reason: "bounced" });
    expect(await d.suppressions.isSuppressed("someone-else", "ann@acme.test")).toBeUndefined();
    for (const id of [origin.id, other.id]) {
      const stored = d.store.peek(id);
      expect(statusesTo(stored, "ann@acme.test")?.every((s) => s === "skipped")).toBe(true);
      expect(stored?.steps.find((s) => s.to.email === "ann@acme.test")?.reason).toBe("ann@acme.test bounced");
      expect(
        stored?.steps.filter((s) => s.to.email !== "ann@acme.test").every((s) => s.status === "scheduled"),
      ).toBe(true);
      expect(stored?.events.at(-1)).toMatchObject({
        type: "contact.bounced",
        detail: "ann@acme.test bounced: steps to it skipped",
      });
    }
    expect(statusesTo(d.store.peek(foreign.id), "ann@acme.test")?.every((s) => s === "scheduled")).toBe(true);
  });

  it("is idempotent: the same event again writes nothing and adds no second timeline line", async () => {
    const d = deps();
    const origin = await register(d, "cara");
    const problem = { kind: "complaint" as const, interviewId: origin.id, addresses: ["rita@acme.test"] };
    await recordDeliveryProblem(d, problem);
    const writes = d.store.calls.replace;

    const again = await recordDeliveryProblem(d, problem);

    expect(again).toMatchObject({ result: "recorded", stepsSkipped: 0 });
    expect(d.store.calls.replace).toBe(writes);
    expect(d.store.peek(origin.id)?.events.filter((e) => e.type === "contact.complained")).toEqual([
      expect.objectContaining({ detail: "rita@acme.test marked an email as spam: steps to it skipped" }),
    ]);
  });

  it("tells the candidate on the interview whose email bounced even when nothing is pending to that address", async () => {
    const d = deps();
    const origin = await register(d, "cara");
    d.store.writeConcurrently(origin.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.to.email === "ann@acme.test" ? { ...s, status: "sent" } : s)),
    }));

    await recordDeliveryProblem(d, { kind: "bounce", interviewId: origin.id, addresses: ["ann@acme.test"] });

    const stored = d.store.peek(origin.id);
    expect(statusesTo(stored, "ann@acme.test")?.every((s) => s === "sent")).toBe(true);
    expect(stored?.events.at(-1)?.detail).toBe("ann@acme.test bounced: steps to it skipped");
  });

  it("reaches every page of an owner's interviews", async () => {
    const d = deps();
    const first = await register(d, "cara");
    for (let i = 0; i < 120; i++) {
      d.store.put({
        ...first,
        id: `01KQ8Z3M4N5P6R7S8T9V${String(i).padStart(6, "0")}`,
        createdAt: `2026-11-${String(1 + (i % 20)).padStart(2, "0")}T00:00:00.000Z`,
      });
    }

    const outcome = await recordDeliveryProblem(d, {
      kind: "bounce",
      interviewId: first.id,
      addresses: ["ann@acme.test"],
    });

    const perInterview = first.steps.filter((s) => s.to.email === "ann@acme.test").length;
    expect(outcome).toMatchObject({ stepsSkipped: 121 * perInterview });
    expect(d.store.all().every((i) => statusesTo(i, "ann@acme.test")?.every((s) => s === "skipped"))).toBe(
      true,
    );
    expect(d.store.calls.listByOwner).toBeGreaterThan(1);
  });

  it("ignores an event for an interview that no longer exists (or a tag that is not an id)", async () => {
    const d = deps();
    for (const interviewId of ["01KQ8Z3M4N5P6R7S8T9V0W1X2Y", "not-an-id"]) {
      expect(
        await recordDeliveryProblem(d, { kind: "bounce", interviewId, addresses: ["a@b.example"] }),
      ).toEqual({
        result: "ignored",
        reason: "the interview no longer exists",
      });
    }
  });
});
