import { afterEach, describe, expect, it, vi } from "vitest";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";
import { interviewInput } from "../../../support/interview-input.js";

/** The routes that take contacts, and a request each would otherwise serve. */
const ROUTES = [
  {
    module: "../../../../functions/http/create-interview.js",
    event: () => apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }),
    named: ["MAIL_FROM_ADDRESS", "QUOTA_INTERVIEWS_PER_DAY"],
  },
  {
    module: "../../../../functions/http/update-interview.js",
    event: () =>
      apiEvent({
        method: "PATCH",
        path: "/interviews/i-1",
        pathParameters: { id: "i-1" },
        body: { notes: "x" },
      }),
    named: ["MAIL_FROM_ADDRESS", "QUOTA_INTERVIEWS_PER_DAY"],
  },
  {
    module: "../../../../functions/http/preview-plan.js",
    event: () => apiEvent({ method: "POST", path: "/plan/preview", body: interviewInput() }),
    // Preview reads no quota: only the variables of its own pieces are named.
    named: ["MAIL_FROM_ADDRESS"],
  },
] as const;

describe("create, update and preview's configuration", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  for (const route of ROUTES) {
    it(`${route.module.split("/").pop()}: parsed on the first request, not at import; a bad variable fails every request, named in the log`, async () => {
      for (const [name, value] of Object.entries(HANDLER_ENV)) vi.stubEnv(name, value);
      vi.stubEnv("MAIL_FROM_ADDRESS", undefined);
      vi.stubEnv("QUOTA_INTERVIEWS_PER_DAY", "many");
      const logged: string[] = [];
      vi.spyOn(console, "error").mockImplementation((line: unknown) => void logged.push(String(line)));
      vi.spyOn(console, "log").mockImplementation((line: unknown) => void logged.push(String(line)));
      vi.resetModules();
      // The import builds no configuration, so a bad variable does not throw here.
      const { handler } = await import(route.module);
      for (let attempt = 0; attempt < 2; attempt++) {
        const res = await invoke(handler, route.event());
        expect(res.statusCode).toBe(500);
        expect(errorOf(res).code).toBe("internal_error");
      }
      const failures = logged.filter((line) => line.includes("Invalid configuration"));
      expect(failures).toHaveLength(2);
      for (const line of failures) for (const name of route.named) expect(line).toContain(name);
    });
  }
});
