import type { Suppression, SuppressionList, SuppressionReason } from "../../shared/ports/suppression-list.js";

/** The DynamoDB suppression list's behaviour in memory: per owner, case-insensitive, first reason kept. */
export class InMemorySuppressionList implements SuppressionList {
  private readonly entries = new Map<string, Suppression>();

  async isSuppressed(owner: string, email: string): Promise<Suppression | undefined> {
    const found = this.entries.get(keyOf(owner, email));
    return found ? { ...found } : undefined;
  }

  async suppress(owner: string, email: string, reason: SuppressionReason, at: string): Promise<boolean> {
    const key = keyOf(owner, email);
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
