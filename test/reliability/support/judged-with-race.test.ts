import { describe, expect, it } from "vitest";
import { judgedWithRace } from "./judged-with-race.js";

describe("which emails a held-back race is judged on", () => {
  const due = [{ id: "s1" }, { id: "s2" }];

  it("judges every email of a race judged with its batch", () => {
    expect(judgedWithRace({ due }, "s4", 10_000)).toBe(true);
  });

  it("judges a held race on every email up to its hold, and on its racing steps' after it", () => {
    const held = { due, heldBackAt: 5_000 };
    expect(judgedWithRace(held, "s4", 5_000)).toBe(true);
    expect(judgedWithRace(held, "s2", 9_000)).toBe(true);
  });

  it("leaves out a later step's email sent after the hold, once the clock has moved on", () => {
    expect(judgedWithRace({ due, heldBackAt: 5_000 }, "s4", 5_001)).toBe(false);
  });
});
