import { describe, expect, it } from "vitest";
import { lazy, lazyAsync } from "../../../../functions/wiring/lazy.js";

describe("lazy", () => {
  it("builds nothing until first used, then once", () => {
    let builds = 0;
    const get = lazy(() => ({ n: ++builds }));
    expect(builds).toBe(0);
    const first = get();
    expect(get()).toBe(first);
    expect(builds).toBe(1);
  });
});

describe("lazyAsync", () => {
  it("shares one build between concurrent first uses", async () => {
    let builds = 0;
    const get = lazyAsync(async () => ({ n: ++builds }));
    const [a, b] = await Promise.all([get(), get()]);
    expect(a).toBe(b);
    expect(builds).toBe(1);
  });

  it("forgets a failed build, so the next invocation tries again instead of failing until recycled", async () => {
    let builds = 0;
    const get = lazyAsync(async () => {
      builds += 1;
      if (builds === 1) throw new Error("Secrets Manager is down");
      return "key";
    });
    await expect(get()).rejects.toThrow("Secrets Manager is down");
    await expect(get()).resolves.toBe("key");
    await expect(get()).resolves.toBe("key");
    expect(builds).toBe(2);
  });
});
