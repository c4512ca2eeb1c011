import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as z from "zod/mini";
import { AppError, type ValidationError } from "../../../../shared/errors/app-error.js";
import { formOrJsonInput } from "../../../../shared/http/form-or-json-body.js";
import { headerValue } from "../../../../shared/http/header-value.js";
import type { HttpEvent } from "../../../../shared/http/http-route.js";
import { type BodyType, parseRequestBody } from "../../../../shared/http/parse-request-body.js";

const RUNS = { numRuns: 1000 };

/** Content types a client may send, ours and not, in any case, with or without parameters. */
const contentType = fc.oneof(
  fc.constantFrom(
    "application/json",
    "APPLICATION/JSON; charset=utf-8",
    "application/merge-patch+json",
    "application/x-www-form-urlencoded",
    "application/x-www-form-urlencoded;charset=UTF-8",
    "text/plain",
    "multipart/form-data; boundary=x",
    "application/jsonx",
    "",
  ),
  fc.string({ maxLength: 60 }),
);
const body = fc.oneof(
  fc.string({ unit: "binary", maxLength: 300 }),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v) ?? "null"),
  fc
    .dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }))
    .map((d) => new URLSearchParams(d).toString()),
);
const accepted = fc.constantFrom<readonly BodyType[]>(["json"], ["form", "json"], ["form"]);
const headerName = fc.constantFrom("content-type", "Content-Type", "CONTENT-TYPE", "cOnTeNt-TyPe");

function parsed(run: () => unknown): { value: unknown } | { error: unknown } {
  try {
    return { value: run() };
  } catch (error) {
    return { error };
  }
}

describe("parseRequestBody, on any input", () => {
  it("answers a value or a 4xx AppError, never anything else", () => {
    fc.assert(
      fc.property(body, contentType, headerName, fc.boolean(), accepted, (text, type, name, b64, types) => {
        const event = {
          body: b64 ? Buffer.from(text).toString("base64") : text,
          isBase64Encoded: b64,
          headers: { [name]: type },
        };
        const out = parsed(() => parseRequestBody(event, { maxBytes: 200, accepted: types }));
        if ("error" in out) {
          expect(out.error).toBeInstanceOf(AppError);
          expect(["payload_too_large", "unsupported_media_type", "malformed_json"]).toContain(
            (out.error as AppError).code,
          );
        }
      }),
      RUNS,
    );
  });

  it("refuses anything over the limit before reading its type", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 400 }), contentType, (text, type) => {
        const bytes = Buffer.byteLength(text);
        const out = parsed(() =>
          parseRequestBody(
            { body: text, headers: { "content-type": type } },
            { maxBytes: 100, accepted: ["json"] },
          ),
        );
        if (bytes > 100) expect((out as { error: AppError }).error.code).toBe("payload_too_large");
        else if ("error" in out) expect((out.error as AppError).code).not.toBe("payload_too_large");
      }),
      RUNS,
    );
  });

  it("gives back any JSON value it is sent as JSON, however the header is spelt", () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), headerName, fc.boolean(), (value, name, b64) => {
        const text = JSON.stringify(value);
        const event = {
          body: b64 ? Buffer.from(text).toString("base64") : text,
          isBase64Encoded: b64,
          headers: { [name]: "application/json; charset=utf-8" },
        };
        expect(parseRequestBody(event, { maxBytes: 1 << 20, accepted: ["form", "json"] })).toEqual(
          JSON.parse(text),
        );
      }),
      RUNS,
    );
  });

  it("gives back any form's fields as a record", () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.string({ maxLength: 20 })),
        (d) => {
          const text = new URLSearchParams(d).toString();
          fc.pre(text !== "");
          const event = { body: text, headers: { "Content-Type": "application/x-www-form-urlencoded" } };
          expect(parseRequestBody(event, { maxBytes: 1 << 20, accepted: ["form"] })).toEqual(
            Object.fromEntries(new URLSearchParams(text)),
          );
        },
      ),
      RUNS,
    );
  });

  it("keeps every value of a field sent more than once, in order, and a field named __proto__ as a field", () => {
    const event = {
      body: "action=snooze&days=7&action=stop&__proto__=x",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    };
    const fields = parseRequestBody(event, { maxBytes: 1 << 20, accepted: ["form"] }) as Record<
      string,
      unknown
    >;
    expect(fields).toEqual({ action: ["snooze", "stop"], days: "7", ["__proto__"]: "x" });
    expect(Object.getPrototypeOf(fields)).toBe(Object.prototype);
    expect(Object.hasOwn(fields, "__proto__")).toBe(true);
  });

  it("reads no body as undefined, and formOrJsonInput refuses it naming the body", () => {
    for (const empty of [undefined, null, ""]) {
      const event = { body: empty, headers: { "content-type": "application/json" } };
      expect(parseRequestBody(event, { maxBytes: 10, accepted: ["json"] })).toBeUndefined();
      const err = parsed(() =>
        formOrJsonInput(event as unknown as HttpEvent, { form: z.object({}), json: z.object({}) }),
      );
      expect((err as { error: ValidationError }).error.issues).toEqual([
        { field: "", problem: "a form or JSON body is required" },
      ]);
    }
  });
});

/** An HTTP header name: an RFC 9110 token (ASCII, so its case folds both ways). */
const token = fc.stringMatching(/^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,12}$/);

describe("headerValue, on any headers", () => {
  it("finds a header whatever the case of its name, and nothing that is not there", () => {
    fc.assert(
      fc.property(
        fc.dictionary(token, fc.string({ maxLength: 12 })),
        token,
        fc.string({ maxLength: 12 }),
        (others, name, value) => {
          const rest = Object.fromEntries(
            Object.entries(others).filter(([k]) => k.toLowerCase() !== name.toLowerCase()),
          );
          expect(headerValue(rest, name)).toBeUndefined();
          expect(headerValue({ ...rest, [name.toUpperCase()]: value }, name.toLowerCase())).toBe(value);
        },
      ),
      RUNS,
    );
  });
});
