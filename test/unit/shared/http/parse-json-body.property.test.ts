import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonBody } from "../../../../shared/http/parse-json-body.js";
import { parseRequestBody } from "../../../../shared/http/parse-request-body.js";

/** Content types a client may send, ours and not, in any case, with or without parameters. */
const contentType = fc.oneof(
  fc.constantFrom(
    "application/json",
    "APPLICATION/JSON; charset=utf-8",
    "application/merge-patch+json",
    "application/x-www-form-urlencoded",
    "text/plain",
    "application/jsonx",
    "",
  ),
  fc.string({ maxLength: 40 }),
);
const body = fc.oneof(
  fc.constantFrom(undefined, null, "", "\ufeff{}", "{", "[1,2]", "null"),
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null"),
);
const headers = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant({}),
  fc
    .tuple(fc.constantFrom("content-type", "Content-Type", "CONTENT-TYPE"), contentType)
    .map(([name, type]) => ({ [name]: type })),
);

/** The value, or the error as a caller sees it (its class, code and message). */
function outcome(run: () => unknown) {
  try {
    return { value: run() };
  } catch (error) {
    const e = error as { constructor: { name: string }; code?: string; message?: string };
    return { error: [e.constructor.name, e.code, e.message] };
  }
}

describe("parseJsonBody", () => {
  it("answers every request as parseRequestBody accepting only JSON (value, or the same 4xx error)", () => {
    fc.assert(
      fc.property(body, headers, fc.boolean(), fc.integer({ min: 0, max: 400 }), (text, h, b64, maxBytes) => {
        const event = {
          body: b64 && typeof text === "string" ? Buffer.from(text, "latin1").toString("base64") : text,
          isBase64Encoded: b64,
          headers: h,
        };
        expect(outcome(() => parseJsonBody(event, maxBytes))).toEqual(
          outcome(() => parseRequestBody(event, { maxBytes, accepted: ["json"] })),
        );
      }),
      { numRuns: 3000 },
    );
  });

  it("names JSON as the one type it reads", () => {
    expect(
      outcome(() => parseJsonBody({ body: "a=1", headers: { "content-type": "text/plain" } }, 100)),
    ).toEqual({
      error: ["UnsupportedMediaTypeError", "unsupported_media_type", "Send the body as application/json."],
    });
  });
});
