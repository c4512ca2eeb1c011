import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../../shared/errors/app-error.js";
import { httpStatusOf } from "../../../../shared/http/error-http-table.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { getInterview } from "../../../../shared/use-cases/get-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

describe("getInterview", () => {
  it("returns the caller's own interview with its steps", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });

    const found = await getInterview(deps, { owner: "user-1", id: created.id });

    expect(found).toEqual(deps.store.peek(created.id));
    expect(found.steps.length).toBeGreaterThan(0);
  });

  it("answers NotFoundError for another owner's interview, exactly as for a missing one", async () => {
    const deps = testDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });

    const otherOwner = await getInterview(deps, { owner: "user-2", id: created.id }).catch((e: unknown) => e);
    const missing = await getInterview(deps, { owner: "user-2", id: "01KZZZZZZZZZZZZZZZZZZZZZZZ" }).catch(
      (e: unknown) => e,
    );

    expect(otherOwner).toBeInstanceOf(NotFoundError);
    expect(missing).toBeInstanceOf(NotFoundError);
    expect((otherOwner as NotFoundError).message).toBe((missing as NotFoundError).message);
    expect(httpStatusOf((otherOwner as NotFoundError).code)).toBe(404);
  });

  it.each([
    ["an empty id", ""],
    ["a lower-case id", "01kzzzzzzzzzzzzzzzzzzzzzzz"],
    ["a too short id", "01KZZZ"],
    ["a key injection", "01KZZZZZZZZZZZZZZZZZZZZZZZ#INTERVIEW"],
    ["a path traversal", "../../etc/passwd"],
  ])("answers NotFoundError for %s without asking the store", async (_, id) => {
    const deps = testDeps();
    await expect(getInterview(deps, { owner: "user-1", id })).rejects.toBeInstanceOf(NotFoundError);
    expect(deps.store.calls.get).toBe(0);
  });
});
