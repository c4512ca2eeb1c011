import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const ANN = { name: "Ann Lee", email: "ann@acme.test" };

async function registered(deps: TestDeps, interviewers: unknown[]): Promise<Interview> {
  const created = await createInterview(deps, { owner: OWNER, details: interviewDetails({ interviewers }) });
  deps.schedules.clearHistory();
  return created;
}

const live = (i: Interview, kind: string) =>
  i.steps.filter((s) => s.kind === kind && s.status !== "cancelled");

describe("updateInterview: an address for an interviewer who had none", () => {
  it("plans and schedules their own thank-you, and cancels the panel thank-you that named only them", async () => {
    const deps = testDeps();
    const created = await registered(deps, [ANN, { name: "Bo Chen" }]);
    const [panel] = live(created, "panel_thanks");
    expect(panel?.to.email).toBe("rita@acme.test");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { interviewers: [ANN, { name: "Bo Chen", email: "bo@acme.test" }] },
    });

    const thankYous = live(updated, "thank_you");
    expect(thankYous.map((s) => s.to.email).sort()).toEqual(["ann@acme.test", "bo@acme.test"]);
    const bo = thankYous.find((s) => s.to.email === "bo@acme.test");
    expect(deps.schedules.upsertedNames()).toEqual([bo?.scheduleName]);
    expect(live(updated, "panel_thanks")).toEqual([]);
    expect(updated.steps.find((s) => s.id === panel?.id)?.status).toBe("cancelled");
    expect(deps.schedules.removes).toEqual([panel?.scheduleName]);
  });

  it("keeps the panel thank-you for the others, now naming only them", async () => {
    const deps = testDeps();
    const created = await registered(deps, [ANN, { name: "Bo Chen" }, { name: "Dee Moss" }]);
    const [panel] = live(created, "panel_thanks");
    expect(panel?.why).toContain("pass it on to Bo Chen and Dee Moss,");

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { interviewers: [ANN, { name: "Bo Chen", email: "bo@acme.test" }, { name: "Dee Moss" }] },
    });

    const [kept, ...others] = live(updated, "panel_thanks");
    expect(others).toEqual([]);
    expect(kept?.id).toBe(panel?.id);
    expect(kept?.status).toBe("scheduled");
    expect(kept?.why).toContain("pass it on to Dee Moss,");
    expect(
      live(updated, "thank_you")
        .map((s) => s.to.email)
        .sort(),
    ).toEqual(["ann@acme.test", "bo@acme.test"]);
  });

  it("a PATCH that drops an interviewer's address moves them to the panel thank-you", async () => {
    const deps = testDeps();
    const created = await registered(deps, [ANN, { name: "Bo Chen", email: "bo@acme.test" }]);
    expect(live(created, "panel_thanks")).toEqual([]);

    const updated = await updateInterview(deps, {
      owner: OWNER,
      id: created.id,
      patch: { interviewers: [ANN, { name: "Bo Chen" }] },
    });

    expect(live(updated, "thank_you").map((s) => s.to.email)).toEqual(["ann@acme.test"]);
    expect(live(updated, "panel_thanks").map((s) => s.why)).toEqual([
      expect.stringContaining("pass it on to Bo Chen,"),
    ]);
  });
});
