import type {
  IdempotencyRecord,
  IdempotencyStore,
  StoredResponse,
} from "../../shared/ports/idempotency-store.js";

const id = (owner: string, key: string) => JSON.stringify([owner, key]);

/** An IdempotencyStore in memory with the Dynamo adapter's conditions (expiry included). */
export class InMemoryIdempotencyStore implements IdempotencyStore {
  readonly records = new Map<string, IdempotencyRecord>();
  readonly calls = { reserve: 0, restart: 0, complete: 0, release: 0 };
  /** Makes every call fail with this error, as a table that is down does. */
  failWith: Error | undefined;

  find(owner: string, key: string): IdempotencyRecord | undefined {
    return this.records.get(id(owner, key));
  }

  async reserve(record: IdempotencyRecord): Promise<IdempotencyRecord | undefined> {
    this.calls.reserve++;
    this.fail();
    const existing = this.find(record.owner, record.key);
    if (existing && Date.parse(existing.expiresAt) > Date.parse(record.startedAt)) {
      return structuredClone(existing);
    }
    this.records.set(id(record.owner, record.key), structuredClone(record));
    return undefined;
  }

  async restart(record: IdempotencyRecord, startedAt: string): Promise<boolean> {
    this.calls.restart++;
    return this.update(record, (r) => {
      r.state = "in_progress";
      r.startedAt = startedAt;
      delete r.response;
    });
  }

  async complete(attempt: IdempotencyRecord, response: StoredResponse): Promise<boolean> {
    this.calls.complete++;
    return this.update(attempt, (r) => {
      r.state = "completed";
      r.response = structuredClone(response);
    });
  }

  async release(attempt: IdempotencyRecord): Promise<boolean> {
    this.calls.release++;
    return this.update(attempt, (r) => {
      r.state = "failed";
    });
  }

  private update(expected: IdempotencyRecord, change: (r: IdempotencyRecord) => void): boolean {
    this.fail();
    const current = this.find(expected.owner, expected.key);
    if (!current || current.state !== expected.state || current.startedAt !== expected.startedAt)
      return false;
    change(current);
    return true;
  }

  private fail(): void {
    if (this.failWith) throw this.failWith;
  }
}
