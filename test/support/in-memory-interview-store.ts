import { isDeepStrictEqual } from "node:util";
import type { Interview, InterviewStatus } from "../../shared/domain/interview.js";
import { type StepClaim, withClaim, withoutClaim } from "../../shared/domain/step-claim.js";
import { ValidationError } from "../../shared/errors/app-error.js";
import { VersionConflictError } from "../../shared/errors/version-conflict-error.js";
import type { InterviewPage, InterviewStore, StepClaimResult } from "../../shared/ports/interview-store.js";

interface CursorKey {
  owner: string;
  after: string;
}

const sortKey = (i: Interview) => `${i.createdAt}#${i.id}`;

function invalidCursor(): ValidationError {
  return new ValidationError([{ field: "cursor", problem: "is not a cursor this API gave out" }]);
}

/**
 * An InterviewStore in memory with the Dynamo adapter's conditions: `create` refuses an existing id,
 * `replace` and `remove` only act on the expected version, and a failed `replace` carries the item it found. Items are copied in and out, so a caller can
 * never change what is stored without a write. Unlike DynamoDB, a status filter applies before the page
 * limit, so pages are always full.
 */
export class InMemoryInterviewStore implements InterviewStore {
  private readonly items = new Map<string, Interview>();
  private readonly pendingConcurrentWrites = new Map<string, number>();
  private readonly afterReplaceHooks = new Map<string, (stored: Interview) => void>();
  readonly calls = {
    get: 0,
    create: 0,
    replace: 0,
    /** Replaces given the item they were computed from (the Dynamo adapter then writes only the change). */
    targetedReplace: 0,
    /** Claims written with no read before them (`claimStep`). */
    claimStep: 0,
    remove: 0,
    listByOwner: 0,
    listByApplication: 0,
    listNeedingAttention: 0,
  };

  /** Stores an item as is, with no condition: test setup. */
  put(interview: Interview): void {
    this.items.set(interview.id, structuredClone(interview));
  }

  /** What is stored now, without counting as a call. */
  peek(id: string): Interview | undefined {
    const item = this.items.get(id);
    return item ? structuredClone(item) : undefined;
  }

  all(): Interview[] {
    return [...this.items.values()].map((i) => structuredClone(i));
  }

  /** Changes a stored item the way another writer would: the version goes up by one. */
  writeConcurrently(id: string, change: (current: Interview) => Interview = (c) => c): void {
    const current = this.items.get(id);
    if (!current) throw new Error(`no item ${id}`);
    const next = change(structuredClone(current));
    this.items.set(id, { ...next, version: current.version + 1 });
  }

  /** The next `times` calls to `replace` for `id` each find that someone else wrote first. */
  raceNextReplaces(id: string, times = 1): void {
    this.pendingConcurrentWrites.set(id, times);
  }

  /** Right after the next successful `replace` of `id`, `act` runs: another writer acting between two steps. */
  afterNextReplace(id: string, act: (stored: Interview) => void): void {
    this.afterReplaceHooks.set(id, act);
  }

  async get(id: string): Promise<Interview | undefined> {
    this.calls.get++;
    return this.peek(id);
  }

  async create(interview: Interview): Promise<void> {
    this.calls.create++;
    if (this.items.has(interview.id)) throw new VersionConflictError(interview.id);
    this.items.set(interview.id, structuredClone(interview));
  }

  async replace(next: Interview, expectedVersion: number, previous?: Interview): Promise<void> {
    this.calls.replace++;
    if (previous) this.calls.targetedReplace++;
    const races = this.pendingConcurrentWrites.get(next.id) ?? 0;
    if (races > 0) {
      this.pendingConcurrentWrites.set(next.id, races - 1);
      this.writeConcurrently(next.id);
    }
    const current = this.items.get(next.id);
    // As DynamoDB with ReturnValuesOnConditionCheckFailure: ALL_OLD, the failure carries the item found.
    if (!current || current.version !== expectedVersion)
      throw new VersionConflictError(next.id, current ? structuredClone(current) : undefined);
    // The Dynamo adapter writes only the difference between `previous` and `next`: a caller passing anything
    // but the item stored at that version would lose changes there, so it is refused here, loudly.
    if (previous && !isDeepStrictEqual(stripUndefined(previous), stripUndefined(current)))
      throw new Error(
        `replace(${next.id}): \`previous\` is not the item stored at version ${expectedVersion}`,
      );
    this.items.set(next.id, structuredClone(next));
    const hook = this.afterReplaceHooks.get(next.id);
    if (hook) {
      this.afterReplaceHooks.delete(next.id);
      hook(structuredClone(next));
    }
  }

  async claimStep(claim: StepClaim): Promise<StepClaimResult> {
    this.calls.claimStep++;
    const current = this.items.get(claim.interviewId);
    if (!current) return { claimed: false };
    const step = current.steps.find((s) => s.id === claim.stepId);
    if (step?.status === "sending" && step.claimId === claim.claimId)
      return { claimed: true, before: withoutClaim(current, claim.stepId), after: structuredClone(current) };
    // As the Dynamo adapter: refused while the item is in the attention index from a later time than the claim.
    const since = attentionSince(current);
    if (
      current.status !== "active" ||
      step?.phase !== "chain" ||
      step.status !== "scheduled" ||
      (since !== undefined && since > Date.parse(claim.claimedAt))
    )
      return { claimed: false, current: structuredClone(current) };
    const after = withClaim(current, claim);
    this.items.set(after.id, structuredClone(after));
    const hook = this.afterReplaceHooks.get(after.id);
    if (hook) {
      this.afterReplaceHooks.delete(after.id);
      hook(structuredClone(after));
    }
    return { claimed: true, before: structuredClone(current), after };
  }

  async remove(id: string, expectedVersion: number): Promise<void> {
    this.calls.remove++;
    const current = this.items.get(id);
    if (!current || current.version !== expectedVersion) throw new VersionConflictError(id);
    this.items.delete(id);
  }

  async listByOwner(
    owner: string,
    options: { limit: number; cursor?: string; status?: InterviewStatus },
  ): Promise<InterviewPage> {
    this.calls.listByOwner++;
    const after = options.cursor === undefined ? undefined : decodeCursor(options.cursor, owner);
    const matching = [...this.items.values()]
      .filter((i) => i.owner === owner && (options.status === undefined || i.status === options.status))
      .sort((a, b) => (sortKey(a) < sortKey(b) ? 1 : sortKey(a) > sortKey(b) ? -1 : 0))
      .filter((i) => after === undefined || sortKey(i) < after);
    const items = matching.slice(0, options.limit);
    const page: InterviewPage = { items: items.map((i) => structuredClone(i)) };
    const last = items.at(-1);
    if (last && matching.length > items.length) page.cursor = encodeCursor({ owner, after: sortKey(last) });
    return page;
  }

  async listByApplication(owner: string, applicationKey: string): Promise<Interview[]> {
    this.calls.listByApplication++;
    return [...this.items.values()]
      .filter((i) => i.owner === owner && i.applicationKey === applicationKey)
      .sort((a, b) => Date.parse(a.interviewedAt) - Date.parse(b.interviewedAt))
      .map((i) => structuredClone(i));
  }

  /** Pages by the index's sort key (the time, then the id), so an item changed meanwhile moves as there. */
  async listNeedingAttention(limit: number, cursor?: string): Promise<InterviewPage> {
    this.calls.listNeedingAttention++;
    const matching = [...this.items.values()]
      .flatMap((i) => {
        const since = attentionSince(i);
        return since === undefined ? [] : [{ i, key: `${new Date(since).toISOString()}#${i.id}` }];
      })
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .filter(({ key }) => cursor === undefined || key > cursor);
    const items = matching.slice(0, limit);
    const page: InterviewPage = { items: items.map(({ i }) => structuredClone(i)) };
    const last = items.at(-1);
    if (last && matching.length > items.length) page.cursor = last.key;
    return page;
  }
}

/** As the Dynamo adapter's sparse index: unscheduled steps by their time, in-flight ones by their claim. */
function attentionSince(i: Interview): number | undefined {
  const since = i.steps.flatMap((s) =>
    s.status === "unscheduled"
      ? [Date.parse(s.sendAt)]
      : s.status === "sending"
        ? [Date.parse(s.claimedAt ?? s.updatedAt)]
        : [],
  );
  return since.length ? Math.min(...since) : undefined;
}

/** As the table stores an item: undefined fields are not kept. */
function stripUndefined(value: Interview): unknown {
  return JSON.parse(JSON.stringify(value));
}

function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

function decodeCursor(cursor: string, owner: string): string {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw invalidCursor();
  }
  const record = key as Partial<CursorKey> | null;
  if (
    typeof record !== "object" ||
    record === null ||
    record.owner !== owner ||
    typeof record.after !== "string"
  ) {
    throw invalidCursor();
  }
  return record.after;
}
