import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ANY_PORTS, startLocalStack } from "../../../local/local-stack.js";

const dataDir = mkdtempSync(join(tmpdir(), "followup-options-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("the local stack's options", () => {
  it.each([Number.NaN, -1, 1.5, 65])(
    "refuses handlerThreads %s at the start, naming the option",
    async (n) => {
      const outcome = await startLocalStack({ dataDir, ...ANY_PORTS, handlerThreads: n }).then(
        async (stack) => {
          await stack.close();
          return "started";
        },
        (err: Error) => err.message,
      );
      expect(outcome).toMatch(/handlerThreads/);
    },
    60_000,
  );
});
