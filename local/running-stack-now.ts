/**
 * The clock of a local stack running on `port` (GET /_local/clock), or undefined when none answers within
 * `timeoutMs`: a stack whose clock was moved on plans from its own date, not the calendar's.
 */
export async function runningStackNow(port: number, timeoutMs = 500): Promise<Date | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/_local/clock`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!res.ok) return undefined;
    const body = (await res.json()) as { now?: unknown };
    const now = typeof body.now === "string" ? new Date(body.now) : undefined;
    return now && !Number.isNaN(now.getTime()) ? now : undefined;
  } catch {
    return undefined;
  }
}
