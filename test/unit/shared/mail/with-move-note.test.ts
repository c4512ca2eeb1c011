import { describe, expect, it } from "vitest";
import { withMoveNote } from "../../../../shared/mail/with-move-note.js";

const PLANNED = "Check-in with Rita on Tuesday 8 Dec at 09:30, 5 business days after your interview.";

describe("withMoveNote", () => {
  it("appends a move's note to the plan's why", () => {
    expect(withMoveNote(PLANNED, "Moved to Thursday 10 Dec 2026 at 09:30: away until 2026-12-10.")).toBe(
      `${PLANNED} Moved to Thursday 10 Dec 2026 at 09:30: away until 2026-12-10.`,
    );
  });

  it("keeps only the latest move's note, an out-of-office's or a snooze's, in either order", () => {
    const snoozed = withMoveNote(PLANNED, "Snoozed to Tuesday 15 Dec 2026 at 09:30 (7 days later).");
    const deferred = withMoveNote(snoozed, "Moved to Thursday 17 Dec 2026 at 09:30: away until 2026-12-17.");
    expect(deferred).toBe(`${PLANNED} Moved to Thursday 17 Dec 2026 at 09:30: away until 2026-12-17.`);
    expect(withMoveNote(deferred, "Snoozed to Thursday 24 Dec 2026 at 09:30 (7 days later).")).toBe(
      `${PLANNED} Snoozed to Thursday 24 Dec 2026 at 09:30 (7 days later).`,
    );
  });
});
