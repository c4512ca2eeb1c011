import { afterEach, describe, expect, it, vi } from "vitest";

/**
 * A `u` pattern with `i` costs V8 ICU's case folding (and `\p{...}` sets) when it is built: ~0.3-1.2 ms
 * each for the inbound wording's long alternations, ~20 M instructions of the inbound Lambda's import in
 * all (callgrind, 2026-12-04). They are built when the first mail needs them, not at import.
 */
const RealRegExp = RegExp;

/** The flags of every pattern `new RegExp` builds while `work` runs. */
async function flagsBuiltDuring(work: () => Promise<unknown>): Promise<string[]> {
  const flags: string[] = [];
  globalThis.RegExp = new Proxy(RealRegExp, {
    construct(target, args) {
      const built = Reflect.construct(target, args) as RegExp;
      flags.push(built.flags);
      return built;
    },
  });
  try {
    await work();
  } finally {
    globalThis.RegExp = RealRegExp;
  }
  return flags;
}

describe("the inbound wording's unicode patterns", () => {
  afterEach(() => {
    globalThis.RegExp = RealRegExp;
  });

  it("are not built by importing the classifier and the date reader", async () => {
    vi.resetModules();
    const flags = await flagsBuiltDuring(async () => {
      await import("../../../shared/inbound/classify-inbound-email.js");
      await import("../../../shared/inbound/extract-dates.js");
    });
    expect(flags.filter((f) => f.includes("u"))).toEqual([]);
  });

  it("are built by the first mail that needs them, once", async () => {
    vi.resetModules();
    const { describesItselfAsAutomatic } = await import(
      "../../../shared/inbound/automatic-self-description.js"
    );
    const first = await flagsBuiltDuring(async () =>
      describesItselfAsAutomatic("This is an automatic reply."),
    );
    const again = await flagsBuiltDuring(async () =>
      describesItselfAsAutomatic("This is an automatic reply."),
    );
    expect(first.filter((f) => f.includes("u")).length).toBeGreaterThan(0);
    expect(again.filter((f) => f.includes("u"))).toEqual([]);
  });
});
