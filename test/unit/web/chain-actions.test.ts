import { describe, expect, it } from "vitest";
import type { Step } from "../../../web/src/api-types.js";
import { chainActions } from "../../../web/src/chain-actions.js";

const step = (status: string): Step => ({
  id: "s1",
  kind: "keep_in_touch",
  channel: "email",
  to: { name: "Priya Shah", email: "priya@acme.example" },
  sendAt: "2027-03-01T10:00:00-05:00",
  timezone: "America/New_York",
  phase: "after",
  rule: "r",
  why: "w",
  status,
});

describe("chainActions", () => {
  it("offers everything on an active chain", () => {
    expect(chainActions({ status: "active", steps: [step("scheduled")] })).toEqual({
      outcome: "stop",
      snooze: true,
      edit: true,
    });
  });

  it("records an outcome after a reply, and snoozes the check-in it planned", () => {
    expect(chainActions({ status: "replied", steps: [step("scheduled")] })).toEqual({
      outcome: "record",
      snooze: true,
      edit: false,
    });
    expect(chainActions({ status: "completed", steps: [step("sent")] })).toEqual({
      outcome: "record",
      snooze: false,
      edit: false,
    });
  });

  it("only cancels or snoozes what a stopped chain still has pending", () => {
    expect(chainActions({ status: "stopped", steps: [step("unscheduled")] })).toEqual({
      outcome: "cancel",
      snooze: true,
      edit: false,
    });
    expect(chainActions({ status: "stopped", steps: [step("cancelled")] })).toEqual({
      outcome: undefined,
      snooze: false,
      edit: false,
    });
    expect(chainActions({ status: "superseded", steps: [step("cancelled")] }).outcome).toBeUndefined();
  });
});
