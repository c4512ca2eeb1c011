import { afterEach, describe, expect, it, vi } from "vitest";
import { HANDLER_ENV } from "../../support/handler-env.js";

const DUE = { type: "followup.step.due", v: 1, interviewId: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y", stepId: "s1" };

describe("the sender's configuration", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("is parsed on the first step, not at import; a bad variable fails every step, naming it, so the schedule retries", async () => {
    for (const [name, value] of Object.entries(HANDLER_ENV)) vi.stubEnv(name, value);
    vi.stubEnv("REPLY_TOKEN_SECRET", "unit-test-secret-0123456789abcdef");
    vi.stubEnv("PUBLIC_API_URL", "https://api.example.com/");
    vi.stubEnv("MAIL_FROM_ADDRESS", undefined);
    vi.stubEnv("QUOTA_EMAILS_PER_DAY", "many");
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "log").mockImplementation(() => {});
    vi.resetModules();
    // The import builds no configuration, so a bad variable does not throw here.
    const { handler } = await import("../../../functions/sender.js");
    // A failed build is not kept: the next step tries again, and fails the same way.
    for (let attempt = 0; attempt < 2; attempt++) {
      const failure = await handler(DUE).then(
        () => undefined,
        (err: unknown) => String(err),
      );
      expect(failure).toContain("Invalid configuration");
      expect(failure).toContain("MAIL_FROM_ADDRESS");
      expect(failure).toContain("QUOTA_EMAILS_PER_DAY");
    }
  });
});
