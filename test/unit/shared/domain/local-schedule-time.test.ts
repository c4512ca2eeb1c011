import { describe, expect, it } from "vitest";
import { localScheduleTime } from "../../../../shared/domain/local-schedule-time.js";

describe("localScheduleTime", () => {
  it("gives the Scheduler the wall-clock time the step was planned at, in zones half an hour off the hour", () => {
    // Before, an offset west of UTC with minutes was read half an hour the wrong way twice over: every
    // step in Newfoundland and the Marquesas fired an hour early (08:30 for a 09:30 step).
    expect(localScheduleTime("2026-12-01T09:30:00-03:30", "America/St_Johns")).toBe("2026-12-01T09:30:00");
    expect(localScheduleTime("2026-07-01T09:30:00-02:30", "America/St_Johns")).toBe("2026-07-01T09:30:00");
    expect(localScheduleTime("2026-12-01T09:30:00-09:30", "Pacific/Marquesas")).toBe("2026-12-01T09:30:00");
    expect(localScheduleTime("2026-12-01T09:30:00+05:30", "Asia/Kolkata")).toBe("2026-12-01T09:30:00");
    expect(localScheduleTime("2026-12-01T09:30:00-05:00", "Europe/Berlin")).toBe("2026-12-01T15:30:00");
  });
});
