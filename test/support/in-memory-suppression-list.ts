import type { Suppression, SuppressionList, SuppressionReason } from "../../shared/ports/suppression-list.js";

/** The DynamoDB suppression list's behaviour in memory: per owner, case-insensitive, first reason kept. */
export class InMemorySuppressionList implements SuppressionList {
  private readonly entries = new Map<string, Suppression>();

  async isSuppressed(owner: string, email: string): Promise<Suppression | undefined> {
    const found = this.entries.get(keyOf(owner, email));
    return found ? { ...found } : undefined;
  }

  /** The marks `suppress` writes on the owner's record (the first reason), which the sender's gate reads. */
  private readonly marks = new Map<string, SuppressionReason>();

  markOf(owner: string, email: string): SuppressionReason | undefined {
    return this.marks.get(keyOf(owner, email));
  }

  async suppress(owner: string, email: string, reason: SuppressionReason, at: string): Promise<boolean> {
    const key = keyOf(owner, email);
    if (!this.marks.has(key)) this.marks.set(key, reason);
    if (this.entries.has(key)) return false;
    this.entries.set(key, { email: email.trim().toLowerCase(), reason, at });
    return true;
  }

  /** Every suppression of `owner`, for assertions. */
  of(owner: string): Suppression[] {
    return [...this.entries.entries()]
      .filter(([key]) => key.startsWith(`${owner}\n`))
      .map(([, entry]) => ({ ...entry }));
  }
}

const keyOf = (owner: string, email: string) => `${owner}\n${email.trim().toLowerCase()}`;
