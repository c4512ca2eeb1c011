import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CliError } from "../../../cli/cli-error.js";
import { describeApiError } from "../../../cli/describe-api-error.js";
import { parseContact } from "../../../cli/parse-contact.js";
import { runCli } from "../../../cli/run-cli.js";
import { terminalSafe, terminalSafeDeep } from "../../../cli/terminal-safe.js";
import { toOffsetDateTime } from "../../../cli/to-offset-date-time.js";
import { fakeFetch, interviewFixture, recordingIo } from "./cli-fixtures.js";

const CONNECTION = {
  FOLLOWUP_URL: "http://api.test",
  FOLLOWUP_TOKEN: "jwt",
  XDG_CONFIG_HOME: "/nonexistent",
};
/** What a terminal would act on: C0/C1 controls, DEL, bidi and zero-width marks. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ACTS_ON = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
const ESC_BUT_OURS = /\x1b(?!\[(?:[0-9]{1,2})m)/;

describe("cli: what the API answers cannot drive the terminal", () => {
  it("terminalSafe leaves nothing a terminal acts on, and keeps the length", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const safe = terminalSafe(s);
        expect(safe).not.toMatch(ACTS_ON);
        expect(safe.length).toBe(s.length);
      }),
      { numRuns: 2000 },
    );
  });

  it("terminalSafeDeep cleans every string of an answer, keys included, and nothing else", () => {
    expect(terminalSafeDeep({ "a\x1b": ["x\x07", 1, null, { b: "\u202eevil" }], n: true })).toEqual({
      "a ": ["x ", 1, null, { b: " evil" }],
      n: true,
    });
  });

  it("a hostile interview is shown without its escape sequences; --json keeps it, escaped", async () => {
    const hostile = interviewFixture({
      company: "Acme\x1b]0;owned\x07\x1b[2J",
      events: [{ at: "2026-12-01T20:00:00.000Z", type: "x\x1b[1A", detail: "line\nbreak\r\u202eevil" }],
    });
    const api = fakeFetch(() => [200, hostile]);
    const text = recordingIo({ env: CONNECTION, fetch: api.fetch, tty: true });
    expect(await runCli(["show", hostile.id], text.io)).toBe(0);
    expect(text.out.stdout).toContain("Acme ]0;owned  [2J");
    expect(text.out.stdout).not.toMatch(ESC_BUT_OURS);
    expect(text.out.stdout).toContain("line break  evil");
    const json = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["show", hostile.id, "--json"], json.io)).toBe(0);
    expect(json.out.stdout).toContain(String.raw`Acme\u001b]0;owned\u0007`);
    expect(JSON.parse(json.out.stdout).company).toBe(hostile.company);
  });

  it("any error body reads as one safe line and never throws", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 400, max: 599 }),
        fc.jsonValue(),
        fc.string({ unit: "binary" }),
        (status, body, message) => {
          for (const b of [
            body,
            { error: { code: message, message, issues: [{ field: message, problem: message }] } },
          ]) {
            const line = describeApiError(status, b, message);
            expect(line).not.toMatch(ACTS_ON);
            expect(line).toMatch(new RegExp(`HTTP ${status}\\]$`));
          }
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe("cli: what the user types is refused with a usage error, never a crash", () => {
  const onlyUsageErrors = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      expect(err).toBeInstanceOf(CliError);
      expect((err as CliError).exitCode).toBe(2);
    }
  };

  it("contacts", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.boolean(), (raw, required) => {
        onlyUsageErrors(() => {
          const contact = parseContact(raw, "--recruiter", required);
          expect(contact.name.length).toBeGreaterThan(0);
          if (required) expect(contact.email).toBeDefined();
        });
      }),
      { numRuns: 2000 },
    );
  });

  it("times and zones", () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom("UTC", "America/New_York", "Nope/Zone", ""), (raw, zone) => {
        onlyUsageErrors(() => {
          const at = toOffsetDateTime(raw, zone, "--at");
          expect(Number.isNaN(Date.parse(at))).toBe(false);
        });
      }),
      { numRuns: 1000 },
    );
  });
});
