import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { PreconditionFailedError } from "../../../../shared/errors/precondition-failed-error.js";
import { ifMatchOf } from "../../../../shared/http/if-match.js";
import { interviewETag } from "../../../../shared/http/interview-etag.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { deleteInterview } from "../../../../shared/use-cases/delete-interview.js";
import { snoozeInterview } from "../../../../shared/use-cases/snooze-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { InMemoryUnsubscribeArchive } from "../../../support/in-memory-unsubscribe-archive.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";
const deps = () => ({ ...testDeps(), unsubscribeArchive: new InMemoryUnsubscribeArchive() });
const ifMatch = (interview: Pick<Interview, "version">) =>
  ifMatchOf({ headers: { "if-match": interviewETag(interview.version) } });

type Write = (
  d: ReturnType<typeof deps>,
  id: string,
  precondition: ReturnType<typeof ifMatch>,
) => Promise<unknown>;

const WRITES: [string, Write][] = [
  [
    "updateInterview",
    (d, id, precondition) =>
      updateInterview(d, { owner: OWNER, id, patch: { notes: "changed" }, precondition }),
  ],
  [
    "stopInterview",
    (d, id, precondition) => stopInterview(d, { owner: OWNER, id, reason: "offer", precondition }),
  ],
  ["snoozeInterview", (d, id, precondition) => snoozeInterview(d, { owner: OWNER, id, precondition })],
  ["deleteInterview", (d, id, precondition) => deleteInterview(d, { owner: OWNER, id, precondition })],
];

async function registered(d: TestDeps): Promise<Interview> {
  const created = await createInterview(d, { owner: OWNER, details: interviewDetails() });
  d.schedules.clearHistory();
  return created;
}

async function refusal(write: Promise<unknown>): Promise<PreconditionFailedError> {
  const err = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(PreconditionFailedError);
  return err as PreconditionFailedError;
}

describe.each(WRITES)("%s with an If-Match precondition", (_, write) => {
  it("writes when the precondition names the stored version", async () => {
    const d = deps();
    const created = await registered(d);

    await write(d, created.id, ifMatch(created));

    expect(d.store.peek(created.id)?.version ?? "deleted").not.toBe(created.version);
  });

  it("refuses a stale copy with 412 naming the current tag, and changes nothing", async () => {
    const d = deps();
    const created = await registered(d);
    d.store.writeConcurrently(created.id);
    const before = d.store.peek(created.id);

    const err = await refusal(write(d, created.id, ifMatch(created)));

    expect(err.answerFields).toEqual({ etag: interviewETag(created.version + 1) });
    expect(d.store.peek(created.id)).toEqual(before);
    expect(d.schedules.removes).toEqual([]);
  });

  it("checks the version its write is conditional on: a write landing after the read makes it 412", async () => {
    const d = deps();
    const created = await registered(d);
    // Another writer lands between the use case's read and its conditional write; without a precondition
    // the write would be recomputed on the fresh item and succeed.
    d.store.raceNextReplaces(created.id);
    const remove = d.store.remove.bind(d.store);
    let raced = false;
    d.store.remove = async (id, expected) => {
      if (!raced) {
        raced = true;
        d.store.writeConcurrently(id);
      }
      return remove(id, expected);
    };

    const err = await refusal(write(d, created.id, ifMatch(created)));

    expect(err.answerFields).toEqual({ etag: interviewETag(created.version + 1) });
    expect(d.store.peek(created.id)?.version).toBe(created.version + 1);
  });
});
