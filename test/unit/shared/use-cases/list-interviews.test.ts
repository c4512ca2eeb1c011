import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { listInterviews } from "../../../../shared/use-cases/list-interviews.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

async function registerThree(deps: TestDeps): Promise<string[]> {
  const ids: string[] = [];
  for (const company of ["Alpha", "Beta", "Gamma"]) {
    deps.clock.advance(60_000);
    ids.push((await createInterview(deps, { owner: "user-1", details: interviewDetails({ company }) })).id);
  }
  return ids;
}

describe("listInterviews", () => {
  it("lists only the caller's interviews, newest first", async () => {
    const deps = testDeps();
    const [alpha, beta, gamma] = await registerThree(deps);
    await createInterview(deps, { owner: "user-2", details: interviewDetails() });

    const page = await listInterviews(deps, { owner: "user-1", limit: 20 });

    expect(page.items.map((i) => i.id)).toEqual([gamma, beta, alpha]);
    expect(page.cursor).toBeUndefined();
  });

  it("pages with the cursor it gives out until the last page", async () => {
    const deps = testDeps();
    const [alpha, beta, gamma] = await registerThree(deps);

    const first = await listInterviews(deps, { owner: "user-1", limit: 2 });
    const second = await listInterviews(deps, { owner: "user-1", limit: 2, cursor: first.cursor });

    expect(first.items.map((i) => i.id)).toEqual([gamma, beta]);
    expect(first.cursor).toEqual(expect.any(String));
    expect(second.items.map((i) => i.id)).toEqual([alpha]);
    expect(second.cursor).toBeUndefined();
  });

  it("refuses a cursor given out to another owner", async () => {
    const deps = testDeps();
    await registerThree(deps);
    const page = await listInterviews(deps, { owner: "user-1", limit: 1 });

    await expect(
      listInterviews(deps, { owner: "user-2", limit: 1, cursor: page.cursor }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("filters by status", async () => {
    const deps = testDeps();
    const [alpha, beta] = await registerThree(deps);
    await stopInterview(deps, { owner: "user-1", id: beta ?? "", reason: "offer" });

    const stopped = await listInterviews(deps, { owner: "user-1", limit: 20, status: "stopped" });
    const active = await listInterviews(deps, { owner: "user-1", limit: 20, status: "active" });

    expect(stopped.items.map((i) => i.id)).toEqual([beta]);
    expect(active.items.map((i) => i.id)).not.toContain(beta);
    expect(active.items.map((i) => i.id)).toContain(alpha);
  });
});
