import type * as z from "zod/mini";

type Issue = z.core.$ZodRawIssue;

/** How a problem reads after a field's name: "a string", "an array". */
const an = (word: string) => `${/^[aeiou]/.test(word) ? "an" : "a"} ${word}`;

const TYPE_WORDS: Record<string, string> = { int: "an integer", null: "null", nan: "NaN" };

const FORMAT_WORDS: Record<string, string> = {
  email: "an email address",
  url: "a URL",
  datetime: "an ISO 8601 date-time",
  date: "an ISO 8601 date (YYYY-MM-DD)",
  time: "an ISO 8601 time",
  duration: "an ISO 8601 duration",
};

/** What a value is, in the words of a type message's "not ...". */
function kindOf(input: unknown): string {
  if (input === null) return "null";
  if (Array.isArray(input)) return "an array";
  if (typeof input === "number" && Number.isNaN(input)) return "NaN";
  // JSON.parse reads 1e400 as Infinity, which zod refuses as a number: "not a number" would contradict itself.
  if (input === Number.POSITIVE_INFINITY || input === Number.NEGATIVE_INFINITY) return String(input);
  return an(typeof input);
}

const literal = (v: unknown) => (typeof v === "string" ? JSON.stringify(v) : String(v));

/** The unit a length is counted in, or "" for a number's value. */
const UNITS: Record<string, string> = {
  string: " characters",
  array: " items",
  set: " items",
  file: " bytes",
};

interface Bound {
  origin: string;
  inclusive?: boolean;
  exact?: boolean;
}

function bound(issue: Bound, limit: number | bigint, small: boolean): string {
  const unit = UNITS[issue.origin];
  const count = `${limit}${unit && limit === 1 ? unit.slice(0, -1) : (unit ?? "")}`;
  const verb = unit ? "have" : "be";
  if (issue.exact) return `must ${verb} exactly ${count}`;
  if (small && unit && limit === 1 && issue.inclusive) return "must not be empty";
  const words = small
    ? issue.inclusive
      ? "at least"
      : "more than"
    : issue.inclusive
      ? "at most"
      : "less than";
  return `must ${verb} ${words} ${count}`;
}

/**
 * The message of an issue a schema does not word itself, written to follow a field's name ("must be a
 * string, not a number"), as the API's `{field, problem}` pairs and the configuration's errors read it.
 * zod/mini loads no locale, and zod's English one (2.7 KB in every bundle that validates) says the same
 * things in zod's words; `zod-issues.ts` sets this as zod's error map once.
 */
export function issueMessage(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return "is required";
      const expected = String(issue.expected);
      const infinite = issue.input === Number.POSITIVE_INFINITY || issue.input === Number.NEGATIVE_INFINITY;
      const words =
        expected === "number" && infinite ? "a finite number" : (TYPE_WORDS[expected] ?? an(expected));
      return `must be ${words}, not ${kindOf(issue.input)}`;
    }
    case "invalid_value":
      return issue.values.length === 1
        ? `must be ${literal(issue.values[0])}`
        : `must be one of ${issue.values.map(literal).join(", ")}`;
    case "too_big":
      return bound(issue, issue.maximum, false);
    case "too_small":
      return bound(issue, issue.minimum, true);
    case "invalid_format":
      return issue.format === "regex"
        ? `must match the pattern ${issue.pattern}`
        : `must be ${FORMAT_WORDS[issue.format] ?? `a valid ${issue.format}`}`;
    case "not_multiple_of":
      return `must be a multiple of ${issue.divisor}`;
    case "unrecognized_keys":
      return `has unknown fields: ${issue.keys.join(", ")}`;
    case "invalid_union":
      return "matches none of the allowed forms";
    case "invalid_key":
      return "has an invalid key";
    case "invalid_element":
      return "has an invalid element";
    default:
      return "is invalid";
  }
}
