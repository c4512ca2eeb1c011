import { describe, expect, it } from "vitest";
import { NotFoundError } from "../../../../shared/errors/app-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { deleteInterview } from "../../../../shared/use-cases/delete-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryUnsubscribeArchive } from "../../../support/in-memory-unsubscribe-archive.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const deleteDeps = () => ({ ...testDeps(), unsubscribeArchive: new InMemoryUnsubscribeArchive() });

describe("deleteInterview", () => {
  it("erases the interview and removes the schedules of its pending steps only", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === "s1" ? { ...s, status: "sent" } : s)),
    }));

    await deleteInterview(deps, { owner: "user-1", id: created.id });

    expect(deps.store.peek(created.id)).toBeUndefined();
    expect(deps.schedules.removes.sort()).toEqual(
      created.steps
        .filter((s) => s.id !== "s1")
        .map((s) => s.scheduleName)
        .sort(),
    );
    expect(deps.schedules.live.size).toBe(1);
  });

  it("keeps the owner and the address of every email that went out, and only those, for their unsubscribe links", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const emails = created.steps.filter((s) => s.channel === "email");
    const reminder = created.steps.find((s) => s.channel === "reminder");
    const [sent, unknown, pending] = emails;
    if (!sent || !unknown || !pending || !reminder) throw new Error("the example chain has changed");
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) =>
        s.id === sent.id || s.id === reminder.id
          ? { ...s, status: "sent" }
          : s.id === unknown.id
            ? { ...s, status: "unknown" }
            : s,
      ),
    }));

    await deleteInterview(deps, { owner: "user-1", id: created.id });

    expect(await deps.unsubscribeArchive.find(created.id)).toEqual({
      owner: "user-1",
      addresses: { [sent.id]: sent.to.email.toLowerCase(), [unknown.id]: unknown.to.email.toLowerCase() },
    });
  });

  it("keeps nothing for an interview none of whose emails went out", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });

    await deleteInterview(deps, { owner: "user-1", id: created.id });

    expect(deps.unsubscribeArchive.records.size).toBe(0);
  });

  it("answers NotFoundError for another owner's interview and leaves it in place", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });

    await expect(deleteInterview(deps, { owner: "user-2", id: created.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );

    expect(deps.store.peek(created.id)).toBeDefined();
    expect(deps.schedules.removes).toEqual([]);
  });

  it("answers NotFoundError for a malformed id", async () => {
    const deps = deleteDeps();
    await expect(deleteInterview(deps, { owner: "user-1", id: "not-an-id" })).rejects.toBeInstanceOf(
      NotFoundError,
    );
    expect(deps.store.calls.get).toBe(0);
  });

  it("answers NotFoundError when deleting twice", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    await deleteInterview(deps, { owner: "user-1", id: created.id });

    await expect(deleteInterview(deps, { owner: "user-1", id: created.id })).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("refuses to erase an interview that changed since it was read", async () => {
    const deps = deleteDeps();
    const created = await createInterview(deps, { owner: "user-1", details: interviewDetails() });
    const remove = deps.store.remove.bind(deps.store);
    deps.store.remove = async (id, version) => {
      deps.store.writeConcurrently(id);
      return remove(id, version);
    };

    await expect(deleteInterview(deps, { owner: "user-1", id: created.id })).rejects.toBeInstanceOf(
      VersionConflictError,
    );
    expect(deps.store.peek(created.id)).toBeDefined();
    expect(deps.schedules.removes).toEqual([]);
  });
});
