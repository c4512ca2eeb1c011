import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("the local gateway and a token's subject", () => {
  it("refuses a validly signed token whose subject is 5,000 characters with 401 (its keys are past what DynamoDB accepts)", async () => {
    const token = await h.token("s".repeat(5000));
    for (const [method, path] of [
      ["GET", "/interviews"],
      ["POST", "/interviews"],
    ] as const) {
      const res = await h.api(method, path, {
        token,
        ...(method === "POST" ? { body: interviewBody(h.stack.clock.now()) } : {}),
      });
      expect(res.status, res.text).toBe(401);
      expect(res.json.error.code).toBe("unauthorized");
    }
  });

  it("serves a subject of 256 characters", async () => {
    const res = await h.api("GET", "/interviews", { token: await h.token("s".repeat(256)) });
    expect(res.status, res.text).toBe(200);
    expect(res.json.items).toEqual([]);
  });
});
