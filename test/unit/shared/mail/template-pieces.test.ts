import fc from "fast-check";
import Mustache from "mustache";
import { describe, expect, it } from "vitest";
import { findTemplateProblem } from "../../../../shared/mail/find-template-problem.js";
import { templatePieces } from "../../../../shared/mail/template-pieces.js";
import { isPlaceholderName, PLACEHOLDER_NAMES } from "../../../../shared/mail/template-placeholders.js";

type Token = [string, string, number, number, ...unknown[]];

const KNOWN = `known placeholders: ${PLACEHOLDER_NAMES.join(", ")}`;

/**
 * The oracle: findTemplateProblem as it was before our scanner (session 23), reading mustache's own token
 * tree (`Writer.parse`). The new check must agree with it on every template: the same answer, word for word.
 */
function mustacheTemplateProblem(template: string): string | undefined {
  const problemIn = (tokens: readonly Token[]): string | undefined => {
    for (const token of tokens) {
      const [type, value] = token;
      switch (type) {
        case "text":
        case "!":
          continue;
        case "name":
          if (!isPlaceholderName(value)) return `uses {{${value}}}, which is not a placeholder (${KNOWN})`;
          continue;
        case "#":
        case "^": {
          if (!isPlaceholderName(value))
            return `has a section {{${type}${value}}}, which is not a placeholder (${KNOWN})`;
          const inner = problemIn((token[4] ?? []) as Token[]);
          if (inner) return inner;
          continue;
        }
        case "&":
          return `must not use unescaped output ({{{${value}}}} or {{&${value}}}); write {{${value}}}`;
        case ">":
          return `must not include partials ({{>${value}}})`;
        case "=":
          return "must not change the {{ }} delimiters";
        default:
          return `has an unsupported tag {{${type}${value}}}`;
      }
    }
    return undefined;
  };
  const writesWords = (tokens: readonly Token[]): boolean =>
    tokens.some(([type, value, , , inner]) =>
      type === "text"
        ? value.trim() !== ""
        : type === "name" || ((type === "#" || type === "^") && writesWords((inner ?? []) as Token[])),
    );
  let tokens: Token[];
  try {
    tokens = new Mustache.Writer().parse(template) as Token[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return `is not a valid template: ${message.replace(/ at \d+$/, "")}`;
  }
  const problem = problemIn(tokens);
  if (problem) return problem;
  if (template.trim() !== "" && !writesWords(tokens))
    return "has no words: it would always render as nothing";
  return undefined;
}

/** Blanks of every kind JavaScript's `\s` knows, which mustache skips inside tags. */
const blank = fc.constantFrom("", "", " ", "  ", "\t", "\n", "\r\n", "\u00a0", "\u2028", "\ufeff", "\u3000");
const name = fc.oneof(
  fc.constantFrom(...PLACEHOLDER_NAMES),
  fc.constantFrom(...PLACEHOLDER_NAMES),
  fc.constantFrom("nickname", "candidate", "candidate.", ".", "", "a b", "topics at 5", 'x"y', "é", "名前"),
  fc.string({ unit: fc.constantFrom("a", ".", " ", "{", "}", "=", "#", "!", "\n", "😀"), maxLength: 6 }),
);
const sigil = fc.constantFrom("", "", "", "#", "^", "/", "!", ">", "&", "=", "{");
const text = fc.string({
  unit: fc.constantFrom("a", "Hi", " ", "\n", "\t", "{", "}", "=", "%", "<", ">", "|", "é", "😀", "\u00a0"),
  maxLength: 8,
});
/** Delimiter changes, well-formed and not, and tags in the new delimiters. */
const delimiterChange = fc.constantFrom(
  "{{=<% %>=}}",
  "{{= <% %> =}}",
  "{{=<%\t%>=}}",
  "{{=| |=}}",
  "{{=[[ ]]=}}",
  "{{=<% %> x=}}",
  "{{=<%=}}",
  "{{==}}",
  "{{=<% %>}}",
  "{{=<% %>= junk }}",
);
const newDelimiterTag = fc
  .tuple(
    fc.constantFrom("<%", "|", "[["),
    blank,
    sigil,
    name,
    blank,
    fc.constantFrom("%>", "|", "]]", "}%>", "}|"),
  )
  .map((parts) => parts.join(""));
/** Any tag, closed or not: `{{`, `{{{`, `}}`, `}}}`, a stray `}`, or none. */
const anyTag = fc
  .tuple(
    fc.constantFrom("{{", "{{", "{{{", "{"),
    blank,
    sigil,
    blank,
    name,
    blank,
    fc.constantFrom("}}", "}}", "}}", "}}}", "}", "", " }}"),
  )
  .map((parts) => parts.join(""));
const { section } = fc.letrec<{ section: string; body: string }>((tie) => ({
  section: fc
    .tuple(fc.constantFrom("#", "^"), blank, name, tie("body"), fc.oneof(fc.constant(undefined), name), blank)
    .map(
      ([kind, b, open, inner, close, b2]) => `{{${kind}${b}${open}}}${inner}{{/${b2}${close ?? open}${b}}}`,
    ),
  body: fc
    .array(fc.oneof({ depthSize: "small", withCrossShrink: true }, text, anyTag, tie("section")), {
      maxLength: 4,
    })
    .map((parts) => parts.join("")),
}));
const template = fc
  .array(fc.oneof(text, text, anyTag, section, delimiterChange, newDelimiterTag), { maxLength: 8 })
  .map((parts) => parts.join(""));

/** Templates in the documented subset only, most of them usable: sections over placeholders, names, text. */
const usable = fc
  .array(
    fc.oneof(
      text,
      fc.tuple(blank, fc.constantFrom(...PLACEHOLDER_NAMES), blank).map(([a, n, b]) => `{{${a}${n}${b}}}`),
      fc
        .tuple(fc.constantFrom("#", "^"), fc.constantFrom(...PLACEHOLDER_NAMES), text)
        .map(([kind, n, inner]) => `{{${kind}${n}}}${inner}{{${n}}}{{/${n}}}`),
      fc.constant("{{! a note }}"),
    ),
    { maxLength: 6 },
  )
  .map((parts) => parts.join(""));

/** How every answer of the template check begins. */
const ANSWERS = [
  "uses",
  "has a section",
  "must not use unescaped output",
  "must not include partials",
  "must not change the {{ }} delimiters",
  "has no words",
  "is not a valid template",
];

describe("templatePieces (our scanner of mustache's grammar) against mustache's parser", () => {
  it("gives the template check the same answer, word for word, on any template", () => {
    const answers = new Set<string>();
    fc.assert(
      fc.property(template, (t) => {
        const expected = mustacheTemplateProblem(t);
        expect(findTemplateProblem(t)).toBe(expected);
        answers.add(ANSWERS.find((answer) => expected?.startsWith(answer)) ?? expected ?? "usable");
      }),
      { numRuns: 20_000 },
    );
    // The generator reached every answer the check gives (not only the easy ones).
    expect([...answers].sort()).toEqual([...ANSWERS, "usable"].sort());
  });

  it("reports each syntax error in mustache's words", () => {
    const errors = new Set<string>();
    fc.assert(
      fc.property(template, (t) => {
        const expected = mustacheTemplateProblem(t);
        expect(findTemplateProblem(t)).toBe(expected);
        const error = expected?.match(/^is not a valid template: (Un\w+ \w+|Invalid tags)/)?.[1];
        if (error) errors.add(error);
      }),
      { numRuns: 5_000 },
    );
    expect([...errors].sort()).toEqual([
      "Invalid tags",
      "Unclosed section",
      "Unclosed tag",
      "Unopened section",
    ]);
  });

  it("accepts what mustache accepts among templates in the documented subset", () => {
    let accepted = 0;
    fc.assert(
      fc.property(usable, (t) => {
        const expected = mustacheTemplateProblem(t);
        expect(findTemplateProblem(t)).toBe(expected);
        if (expected === undefined) accepted++;
      }),
      { numRuns: 3_000 },
    );
    expect(accepted).toBeGreaterThan(1_000);
  });

  it("reads names and sections through blanks and new delimiters", () => {
    expect(templatePieces("Hi {{ # topics }}{{\tcompany\n}}{{/ topics}}")).toEqual([
      { text: "Hi " },
      { type: "#", name: "topics" },
      { type: "name", name: "company" },
    ]);
    expect(templatePieces("{{{ a }}} {{=<% %>=}}<%b%>")).toEqual([
      { type: "&", name: "a" },
      { text: " " },
      { type: "=", name: "<% %>" },
      { type: "name", name: "b" },
    ]);
  });
});
