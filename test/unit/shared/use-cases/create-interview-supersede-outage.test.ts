import { describe, expect, it } from "vitest";
import { DependencyUnavailableError } from "../../../../shared/errors/app-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

// A later round is stored, but the store goes down before the earlier round is superseded: answering 201
// then would leave two live chains chasing the same recruiter, and the client would never retry.

useFixedSystemTime();

const OWNER = "user-1";
const ID = "01KQ8Z3M4N5P6R7S8T9V0W1X2Y";

describe("createInterview when the earlier round cannot be superseded for an outage", () => {
  it("answers 503, and the retry with the same reserved id supersedes it: one new round, one live chain", async () => {
    const deps = testDeps();
    const first = await createInterview(deps, {
      owner: OWNER,
      details: interviewDetails({ round: "phone screen", interviewedAt: "2026-11-09T10:00:00-05:00" }),
    });
    let down = true;
    const replace = deps.store.replace.bind(deps.store);
    deps.store.replace = async (next, expected, previous) => {
      if (down && next.id === first.id) throw new DependencyUnavailableError("The interview store");
      return replace(next, expected, previous);
    };

    await expect(
      createInterview(deps, { owner: OWNER, details: interviewDetails(), id: ID }),
    ).rejects.toBeInstanceOf(DependencyUnavailableError);
    expect(deps.store.peek(first.id)?.status).toBe("active");

    down = false;
    const retried = await createInterview(deps, { owner: OWNER, details: interviewDetails(), id: ID });

    expect(retried.id).toBe(ID);
    expect(
      deps.store
        .all()
        .map((i) => i.id)
        .sort(),
    ).toEqual([first.id, ID].sort());
    expect(deps.store.peek(first.id)?.status).toBe("superseded");
    expect(deps.store.peek(ID)?.status).toBe("active");
  });
});
