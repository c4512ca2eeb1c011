import { describe, expect, it } from "vitest";
import { checkedRead } from "../../../bench/load/checked-read.js";

const ID = "01M91QFABWZ9JDDZEVYRCDTR6M";

describe("checkedRead", () => {
  it("keeps a 200 that names the interview asked for, without its body", () => {
    const r = checkedRead({ status: 200, ms: 12, json: undefined, text: `{"id":"${ID}","steps":[]}` }, ID);
    expect(r).toEqual({ status: 200, ms: 12, json: undefined });
  });

  it("counts a 200 for another interview (or none) as an error", () => {
    for (const text of [`{"id":"01M91QFAHFH8Y0BMY7ZSD76643"}`, `{"steps":[{"interviewId":"${ID}"}]}`, ""]) {
      const r = checkedRead({ status: 200, ms: 3, json: undefined, text }, ID);
      expect(r.status).toBe(0);
      expect(r.error).toBe("a 200 without the interview asked for");
    }
  });

  it("parses any other answer, so the tally can name its error code", () => {
    const body = { error: { code: "not_found", message: "Interview not found" } };
    const r = checkedRead({ status: 404, ms: 5, json: undefined, text: JSON.stringify(body) }, ID);
    expect(r).toEqual({ status: 404, ms: 5, json: body, error: undefined });
    expect(checkedRead({ status: 502, ms: 5, json: undefined, text: "<html>" }, ID).json).toBeUndefined();
  });
});
