import { expect } from "vitest";
import { openApiResponseChecker } from "../../support/openapi-response-checker.js";
import type { startHarness } from "./local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
export type ApiOptions = NonNullable<Parameters<Harness["api"]>[2]>;
type Answer = Awaited<ReturnType<Harness["api"]>>;

/**
 * A client of the local stack that checks every answer against the OpenAPI document the stack serves.
 * `at(operation, path)` gives a caller of one operation ("METHOD /path" as the document writes it) at a
 * concrete path; each call asserts the status the scenario expects (so a scenario cannot drift into
 * testing something else), asserts that the answer conforms to the document, and records the operation
 * as exercised.
 */
export async function conformanceClient(h: Harness) {
  const served = await h.api("GET", "/openapi.json");
  expect(served.status).toBe(200);
  const checker = openApiResponseChecker(served.json);
  const exercised = new Set<string>();

  const at =
    (operation: string, path: string) =>
    async (status: number, options: ApiOptions = {}): Promise<Answer> => {
      const res = await h.api(operation.split(" ")[0] ?? "", path, options);
      expect(res.status, `${operation} at ${path}: ${res.text.slice(0, 300)}`).toBe(status);
      exercised.add(operation);
      // Soft: one run lists every answer that does not conform, not only the first.
      expect.soft(checker.problems(operation, res), `${operation} at ${path}`).toEqual([]);
      return res;
    };

  return { at, operations: checker.operations, exercised };
}
