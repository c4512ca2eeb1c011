import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { PreconditionFailedError } from "../../../../shared/errors/precondition-failed-error.js";
import { IF_MATCH_HEADER, ifMatchOf } from "../../../../shared/http/if-match.js";
import { interviewETag } from "../../../../shared/http/interview-etag.js";

const opaque = fc.stringMatching(/^[\x21\x23-\x7e]{0,12}$/);
const tag = fc.tuple(fc.boolean(), opaque).map(([weak, text]) => `${weak ? "W/" : ""}"${text}"`);
const spaces = fc.constantFrom("", " ", "\t", "  ");

describe("ifMatchOf, on any header value", () => {
  it("either refuses the value with 400 naming the header, or gives a precondition that holds or fails with 412", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.nat(1000), (value, version) => {
        let check: ReturnType<typeof ifMatchOf>;
        try {
          check = ifMatchOf({ headers: { "if-match": value } });
        } catch (err) {
          expect(err).toBeInstanceOf(ValidationError);
          expect((err as ValidationError).issues.map((i) => i.field)).toEqual([IF_MATCH_HEADER]);
          return;
        }
        try {
          check?.({ version });
        } catch (err) {
          expect(err).toBeInstanceOf(PreconditionFailedError);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it("holds for a version exactly when a list of tags has its strong tag", () => {
    fc.assert(
      fc.property(
        fc.array(tag, { maxLength: 4 }),
        fc.nat(50),
        fc.boolean(),
        fc.nat(4),
        spaces,
        (tags, version, include, at, gap) => {
          const list = [...tags];
          if (include) list.splice(at % (list.length + 1), 0, interviewETag(version));
          fc.pre(list.length > 0);
          const check = ifMatchOf({ headers: { "if-match": list.join(`${gap},${gap}`) } });
          const holds = list.includes(interviewETag(version));
          if (holds) expect(() => check?.({ version })).not.toThrow();
          else expect(() => check?.({ version })).toThrow(PreconditionFailedError);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
