/** Builds a value on first use and keeps it: a Lambda builds only the ports its invocations reach. */
export function lazy<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => {
    built ??= { value: build() };
    return built.value;
  };
}

/**
 * The same for a value that needs I/O (the token key from Secrets Manager): a failed build is not kept,
 * so the next invocation tries again instead of failing until the container is recycled.
 */
export function lazyAsync<T>(build: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | undefined;
  return () => {
    if (!pending) {
      const attempt = build();
      pending = attempt;
      attempt.catch(() => {
        if (pending === attempt) pending = undefined;
      });
    }
    return pending;
  };
}
