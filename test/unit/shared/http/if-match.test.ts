import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { PreconditionFailedError } from "../../../../shared/errors/precondition-failed-error.js";
import { errorToResponse } from "../../../../shared/http/error-to-response.js";
import { IF_MATCH_HEADER, ifMatchOf } from "../../../../shared/http/if-match.js";
import { interviewETag } from "../../../../shared/http/interview-etag.js";

const precondition = (value: string) => ifMatchOf({ headers: { "if-match": value } });

function failureOf(check: () => void): PreconditionFailedError {
  try {
    check();
  } catch (err) {
    expect(err).toBeInstanceOf(PreconditionFailedError);
    return err as PreconditionFailedError;
  }
  throw new Error("the precondition held");
}

describe("interviewETag", () => {
  it("is a strong tag naming the stored version", () => {
    expect(interviewETag(12)).toBe('"v12"');
  });
});

describe("ifMatchOf", () => {
  it("sets no precondition without the header, or with `*` (the interview exists, or the answer is 404)", () => {
    expect(ifMatchOf({ headers: {} })).toBeUndefined();
    expect(precondition("*")).toBeUndefined();
    expect(precondition("  * ")).toBeUndefined();
  });

  it("holds for the version its tag names, under any spelling of the header", () => {
    const check = ifMatchOf({ headers: { "IF-MATCH": '"v7"' } });
    expect(() => check?.({ version: 7 })).not.toThrow();
  });

  it("holds when any tag of a list names the version, as several If-Match headers joined by commas do", () => {
    const check = precondition('"v3", "other" ,"v9"');
    expect(() => check?.({ version: 9 })).not.toThrow();
    expect(() => check?.({ version: 3 })).not.toThrow();
    expect(() => check?.({ version: 4 })).toThrow(PreconditionFailedError);
  });

  it("fails with 412 precondition_failed naming the current ETag when the version moved on", () => {
    const failure = failureOf(() => precondition('"v3"')?.({ version: 5 }));

    const answer = errorToResponse(failure);
    expect(answer.statusCode).toBe(412);
    expect(JSON.parse(answer.body ?? "")).toEqual({
      error: { code: "precondition_failed", message: expect.any(String), etag: '"v5"' },
    });
  });

  it("never matches a weak tag, even of the current version: If-Match compares strongly (RFC 9110 13.1.1)", () => {
    failureOf(() => precondition('W/"v5"')?.({ version: 5 }));
  });

  it("never matches a well-formed tag it did not give out", () => {
    failureOf(() => precondition('"abc"')?.({ version: 5 }));
    failureOf(() => precondition('"v05"')?.({ version: 5 }));
    failureOf(() => precondition('""')?.({ version: 5 }));
  });

  it.each([
    ["an unquoted tag", "v5"],
    ["an empty value", ""],
    ["a star among tags", '*, "v5"'],
    ["an unterminated tag", '"v5'],
    ["a quote inside a tag", '"v"5"'],
    ["a trailing comma only", ","],
    ["text after a tag", '"v5" x'],
    ["a lower-case weak prefix", 'w/"v5"'],
  ])("refuses %s with 400 naming the header", (_, value) => {
    let refused: unknown;
    try {
      precondition(value);
    } catch (err) {
      refused = err;
    }
    expect(refused).toBeInstanceOf(ValidationError);
    expect((refused as ValidationError).issues.map((i) => i.field)).toEqual([IF_MATCH_HEADER]);
  });
});
