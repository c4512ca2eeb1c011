import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { NotFoundError } from "../../../../shared/errors/app-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { mutateInterview } from "../../../../shared/use-cases/mutate-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

async function stored(deps: TestDeps): Promise<Interview> {
  return createInterview(deps, { owner: "user-1", details: interviewDetails() });
}

const appendNote = (text: string) => (current: Interview) => ({
  ...current,
  notes: `${current.notes ?? ""}${text}`,
});

describe("mutateInterview", () => {
  it("writes the change with the next version", async () => {
    const deps = testDeps();
    const item = await stored(deps);

    const result = await mutateInterview(deps.store, item.id, "user-1", appendNote("a"));

    expect(result.changed).toBe(true);
    expect(result.before.version).toBe(item.version);
    expect(result.after.version).toBe(item.version + 1);
    expect(deps.store.peek(item.id)).toEqual(result.after);
    expect(result.after.notes).toBe("a");
  });

  it("recomputes the change on the fresh item after a concurrent write, keeping both writes", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    const seen: number[] = [];
    // Between our read and our write someone else appends "x".
    const replace = deps.store.replace.bind(deps.store);
    let raced = false;
    deps.store.replace = async (next, expected) => {
      if (!raced) {
        raced = true;
        deps.store.writeConcurrently(item.id, appendNote("x"));
      }
      return replace(next, expected);
    };

    const result = await mutateInterview(deps.store, item.id, "user-1", (current) => {
      seen.push(current.version);
      return appendNote("a")(current);
    });

    expect(seen).toEqual([item.version, item.version + 1]);
    expect(result.after.version).toBe(item.version + 2);
    expect(deps.store.peek(item.id)?.notes).toBe("xa");
  });

  it("writes only what changed, given the item it was computed from, and retries a lost race from the item the failure returned, not a read", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    deps.store.raceNextReplaces(item.id, 1);
    const reads = deps.store.calls.get;
    const targeted = deps.store.calls.targetedReplace;

    const result = await mutateInterview(deps.store, item.id, "user-1", appendNote("a"));

    expect(deps.store.calls.get - reads).toBe(1);
    expect(deps.store.calls.targetedReplace - targeted).toBe(2);
    expect(result.after.version).toBe(item.version + 2);
    expect(deps.store.peek(item.id)?.notes).toBe("a");
  });

  it("starts from a known item with no read at all, and still reads when the known item is of another interview", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    const other = await stored(deps);
    const reads = deps.store.calls.get;

    await mutateInterview(deps.store, item.id, "user-1", appendNote("a"), item);
    expect(deps.store.calls.get - reads).toBe(0);
    await mutateInterview(deps.store, item.id, "user-1", appendNote("b"), other);
    expect(deps.store.calls.get - reads).toBe(1);
    expect(deps.store.peek(item.id)?.notes).toBe("ab");
  });

  it("recomputes on the stored item when the known one is stale: the write's failed condition returns it", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    deps.store.writeConcurrently(item.id, appendNote("x"));
    const reads = deps.store.calls.get;

    const result = await mutateInterview(deps.store, item.id, "user-1", appendNote("a"), item);

    expect(deps.store.calls.get - reads).toBe(0);
    expect(result.after.version).toBe(item.version + 2);
    expect(deps.store.peek(item.id)?.notes).toBe("xa");
  });

  it("gives up with VersionConflictError after 5 attempts", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    deps.store.raceNextReplaces(item.id, 100);
    const replacesBefore = deps.store.calls.replace;

    await expect(mutateInterview(deps.store, item.id, "user-1", appendNote("a"))).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(deps.store.calls.replace - replacesBefore).toBe(5);
    expect(deps.store.peek(item.id)?.notes).toBeUndefined();
  });

  it("succeeds on the fifth attempt after four concurrent writes", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    deps.store.raceNextReplaces(item.id, 4);

    const result = await mutateInterview(deps.store, item.id, "user-1", appendNote("a"));

    expect(result.changed).toBe(true);
    expect(deps.store.peek(item.id)?.notes).toBe("a");
  });

  it("writes nothing when the change says there is nothing to do", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    const replacesBefore = deps.store.calls.replace;

    const result = await mutateInterview(deps.store, item.id, "user-1", () => undefined);

    expect(result).toEqual({
      before: deps.store.peek(item.id),
      after: deps.store.peek(item.id),
      changed: false,
    });
    expect(deps.store.calls.replace).toBe(replacesBefore);
  });

  it("does not retry an error that is not a version conflict", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    let calls = 0;

    await expect(
      mutateInterview(deps.store, item.id, "user-1", () => {
        calls++;
        throw new Error("rule broken");
      }),
    ).rejects.toThrow("rule broken");
    expect(calls).toBe(1);
  });

  it("answers NotFoundError for another owner, a missing item and a malformed id", async () => {
    const deps = testDeps();
    const item = await stored(deps);
    const change = appendNote("a");

    await expect(mutateInterview(deps.store, item.id, "user-2", change)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(
      mutateInterview(deps.store, "01KZZZZZZZZZZZZZZZZZZZZZZZ", "user-1", change),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(mutateInterview(deps.store, "nope", "user-1", change)).rejects.toBeInstanceOf(NotFoundError);
    expect(deps.store.peek(item.id)?.notes).toBeUndefined();
  });

  it("skips the owner check for system writers (owner undefined)", async () => {
    const deps = testDeps();
    const item = await stored(deps);

    const result = await mutateInterview(deps.store, item.id, undefined, appendNote("a"));

    expect(result.changed).toBe(true);
  });
});
