import { describe, expect, it } from "vitest";
import { emptyFigures, failedChecks, note } from "./figures.js";
import { formatTable } from "./format-table.js";

describe("the reliability table", () => {
  it("passes a row whose every must-be-zero figure is zero, whatever its attempts", () => {
    const f = { ...emptyFigures("1 fires"), attempts: 12_000 };
    expect(failedChecks(f)).toEqual([]);
    expect(formatTable([{ figures: f, seconds: 3 }]).split("\n")[2]).toMatch(
      /\| 1 fires +\| +12000 \|.*\| +ok \| +3 \|$/,
    );
  });

  it("fails a row for any non-zero figure, naming it, and prints the row anyway", () => {
    const f = { ...emptyFigures("2 races"), attempts: 10, emailsAfterStop: 2, fiveXx: 1 };
    expect(failedChecks(f)).toEqual(["emailsAfterStop=2", "fiveXx=1"]);
    const table = formatTable([{ figures: f, seconds: 9 }]);
    expect(table).toContain("emails after stop");
    expect(table.split("\n")[2]).toMatch(/\| 2 races .*\| +FAIL \|/);
  });

  it("keeps at most a few notes of one kind", () => {
    const f = emptyFigures("x");
    for (let i = 0; i < 10; i++) note(f, "lost", `step ${i}`);
    expect(f.notes).toEqual(["lost: step 0", "lost: step 1", "lost: step 2", "lost: ..."]);
  });
});
