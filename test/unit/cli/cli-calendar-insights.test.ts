import { describe, expect, it } from "vitest";
import { runCli } from "../../../cli/run-cli.js";
import { fakeFetch, recordingIo } from "./cli-fixtures.js";

const CONNECTION = {
  FOLLOWUP_URL: "http://api.test/",
  FOLLOWUP_TOKEN: "jwt",
  XDG_CONFIG_HOME: "/nonexistent",
};
const figures = (sent: number, replied: number, median: number | null) => ({
  sent,
  replied,
  medianMinutesToReply: median,
});
const none = { offer: 0, rejected: 0, withdrawn: 0 };

describe("followup calendar", () => {
  it("prints the feed URL and its webcal form from POST /calendar-token", async () => {
    const url = "https://api.test/calendar/c-61-1-abc.ics";
    const api = fakeFetch(() => [
      200,
      { url, webcalUrl: url.replace("https:", "webcal:"), token: "c-61-1-abc" },
    ]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["calendar"], io)).toBe(0);
    expect(api.seen[0]?.method).toBe("POST");
    expect(api.seen[0]?.url.pathname).toBe("/calendar-token");
    expect(out.stdout).toBe(`${url}\nwebcal://api.test/calendar/c-61-1-abc.ics\n`);
  });

  it("--revoke sends DELETE and takes the 204 without a body as done", async () => {
    const api = fakeFetch(() => new Response(null, { status: 204 }));
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["calendar", "--revoke"], io)).toBe(0);
    expect(api.seen[0]?.method).toBe("DELETE");
    expect(out.stdout).toContain("revoked");
  });
});

describe("followup insights", () => {
  it("prints the steps and cadences that went out, their reply rate and median, and the outcomes", async () => {
    const view = {
      at: "2026-12-01T12:00:00.000Z",
      interviews: 3,
      byKind: { thank_you: figures(4, 1, 90), recruiter_check_in: figures(0, 0, null) },
      byCadence: {
        standard: { ...figures(4, 1, 90), interviews: 3 },
        gentle: { ...figures(0, 0, null), interviews: 0 },
      },
      outcomes: { none, thanksOnly: { offer: 1, rejected: 0, withdrawn: 0 }, withCheckIns: none },
    };
    const api = fakeFetch(() => [200, view]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["insights"], io)).toBe(0);
    expect(api.seen[0]?.url.pathname).toBe("/insights");
    expect(out.stdout).toContain("thank_you");
    expect(out.stdout).toContain("4 sent, 1 replied (25 %), median 1 h 30 min to reply");
    expect(out.stdout).not.toContain("recruiter_check_in");
    expect(out.stdout).not.toContain("gentle");
    expect(out.stdout).toMatch(/thank-yous only +1 \/ 0 \/ 0/);
  });

  it("--json prints the API's answer as it came", async () => {
    const view = {
      at: "x",
      interviews: 0,
      byKind: {},
      byCadence: {},
      outcomes: { none, thanksOnly: none, withCheckIns: none },
    };
    const api = fakeFetch(() => [200, view]);
    const { out, io } = recordingIo({ env: CONNECTION, fetch: api.fetch });
    expect(await runCli(["insights", "--json"], io)).toBe(0);
    expect(JSON.parse(out.stdout)).toEqual(view);
  });
});
