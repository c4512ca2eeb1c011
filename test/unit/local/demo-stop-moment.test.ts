import { describe, expect, it } from "vitest";
import { demoStopMoment } from "../../../local/demo-stop-moment.js";

// The Globex chain `npm run demo` registers when run on Friday 2026-12-04 at 10:50 UTC (05:50 in New York):
// the interview is on Monday, its first steps go out on Tuesday at 09:30 there. Four days after the start
// (the demo's old "advance P4D") is Tuesday 05:50, before them: the offer then stopped a chain that had
// sent nothing, not one halfway.
const steps = [
  { sendAt: "2026-12-08T09:30:00-05:00" },
  { sendAt: "2026-12-08T09:30:00-05:00" },
  { sendAt: "2026-12-14T09:30:00-05:00" },
  { sendAt: "2026-12-21T09:30:00-05:00" },
];

describe("when the demo stops its second chain", () => {
  it("is after the chain's first steps went out and before the next, whatever day and hour the demo runs", () => {
    const at = Date.parse(demoStopMoment(steps));
    expect(at).toBeGreaterThan(Date.parse("2026-12-08T09:30:00-05:00"));
    expect(at).toBeLessThan(Date.parse("2026-12-14T09:30:00-05:00"));
  });

  it("does not depend on the order the steps are listed in", () => {
    expect(demoStopMoment([...steps].reverse())).toBe(demoStopMoment(steps));
  });
});
