import { describe, expect, it } from "vitest";
import { registration } from "../../../bench/load/registration.js";

const ID = "01M91QFABWZ9JDDZEVYRCDTR6M";

describe("registration", () => {
  it("keeps of a 201 its id, token, scheduled step times and unscheduled count", () => {
    const view = {
      id: ID,
      steps: [
        { sendAt: "2026-12-07T15:00:00Z", status: "scheduled" },
        { sendAt: "2026-12-14T15:00:00Z", status: "unscheduled" },
        { sendAt: "2026-12-21T15:00:00Z", status: "scheduled" },
        { sendAt: "2026-12-28T15:00:00Z", status: "cancelled" },
      ],
    };
    expect(registration({ status: 201, ms: 40, json: view }, "tok")).toEqual({
      status: 201,
      ms: 40,
      json: undefined,
      token: "tok",
      id: ID,
      scheduledAt: [Date.parse("2026-12-07T15:00:00Z"), Date.parse("2026-12-21T15:00:00Z")],
      unscheduled: 1,
    });
  });

  it("keeps a failure whole, with nothing scheduled", () => {
    const json = { error: { code: "validation_failed" } };
    const r = registration({ status: 400, ms: 2, json }, "tok");
    expect(r).toMatchObject({ status: 400, json, token: "tok", scheduledAt: [], unscheduled: 0 });
    expect(r.id).toBeUndefined();
  });

  it("reads a 201 without a JSON body as an interview with no id and nothing scheduled", () => {
    expect(registration({ status: 201, ms: 9, json: undefined }, "tok")).toMatchObject({
      status: 201,
      id: undefined,
      scheduledAt: [],
      unscheduled: 0,
    });
  });
});
