import type {
  EmailGateAnswer,
  EmailGateRequest,
  OwnerEmailGate,
} from "../../shared/ports/owner-email-gate.js";
import type { InMemorySuppressionList } from "./in-memory-suppression-list.js";

/**
 * The DynamoDB gate's behaviour in memory: the address's mark (which only the suppression list's `suppress`
 * writes, as on the owner's record in DynamoDB) wins, then the day's set of emailed steps, each step once.
 */
export class InMemoryOwnerEmailGate implements OwnerEmailGate {
  private readonly days = new Map<string, Set<string>>();
  /** Calls made: what the store-calls tests count. */
  calls = 0;
  /** When set, the next pass throws it (an outage of the owner's record). */
  failNext?: Error;

  constructor(private readonly suppressions: Pick<InMemorySuppressionList, "markOf">) {}

  async pass(request: EmailGateRequest): Promise<EmailGateAnswer> {
    this.calls++;
    if (this.failNext) {
      const err = this.failNext;
      this.failNext = undefined;
      throw err;
    }
    const reason = this.suppressions.markOf(request.owner, request.email);
    if (reason) return { result: "suppressed", reason };
    if (request.limit === undefined) return { result: "passed" };
    const key = `${request.owner}\n${request.day}`;
    const day = this.days.get(key) ?? new Set<string>();
    if (!day.has(request.key) && day.size >= request.limit) return { result: "full" };
    day.add(request.key);
    this.days.set(key, day);
    return { result: "passed" };
  }

  /** The emails to contacts `owner` sent on `day` (a UTC `YYYY-MM-DD`). */
  count(owner: string, day: string): number {
    return this.days.get(`${owner}\n${day}`)?.size ?? 0;
  }

  /** Takes `n` of the day's emails with steps of no interview (a day already used up). */
  fill(owner: string, day: string, n: number): void {
    const set = this.days.get(`${owner}\n${day}`) ?? new Set<string>();
    for (let i = 0; i < n; i++) set.add(`filler/${set.size}`);
    this.days.set(`${owner}\n${day}`, set);
  }
}
