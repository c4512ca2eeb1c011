/** An error whose answer tells the client when to try again (`Retry-After`, in seconds). */
export interface RetryAfter {
  retryAfterSeconds: number;
}

/** The whole seconds an error asks the client to wait, or undefined when it does not say. */
export function retryAfterOf(err: unknown): number | undefined {
  const seconds = (err as Partial<RetryAfter> | undefined)?.retryAfterSeconds;
  return typeof seconds === "number" && Number.isFinite(seconds) && seconds > 0
    ? Math.ceil(seconds)
    : undefined;
}
