import fc from "fast-check";
import Mustache from "mustache";
import { describe, expect, it } from "vitest";
import { findTemplateProblem } from "../../../../shared/mail/find-template-problem.js";
import { type MustacheTag, mustacheTags } from "../../../../shared/mail/mustache-tags.js";

type Token = [string, string, number, number, ...unknown[]];

/** mustache's own reading: its tags in document order (closing tags where its nesting keeps them), or its error. */
function mustacheReading(template: string): { tags: MustacheTag[] } | { error: string } {
  try {
    const tags: MustacheTag[] = [];
    const walk = (tokens: Token[]) => {
      for (const t of tokens) {
        if (t[0] === "text") continue;
        tags.push({ type: t[0], value: t[1] });
        if (t[0] === "#" || t[0] === "^") {
          walk((t[4] ?? []) as Token[]);
          tags.push({ type: "/", value: t[1] });
        }
      }
    };
    walk(new Mustache.Writer().parse(template) as Token[]);
    return { tags };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

function ourReading(template: string): { tags: MustacheTag[] } | { error: string } {
  try {
    return { tags: mustacheTags(template) };
  } catch (err) {
    return { error: (err as Error).message };
  }
}

// Templates made of the pieces that matter to the parser: delimiters, tag types, spaces, names, text.
const piece = fc.constantFrom(
  "{{",
  "}}",
  "{{{",
  "}}}",
  "{{#",
  "{{^",
  "{{/",
  "{{&",
  "{{>",
  "{{!",
  "{{=",
  "=}}",
  "<% %>",
  "<%",
  "%>",
  "<%#",
  "<%/",
  "| |",
  " ",
  "  ",
  "\n",
  "\t",
  "=",
  "}",
  "{",
  "company",
  "role",
  "candidate.name",
  "x",
  "Hello ",
  ".",
);
const template = fc.array(piece, { maxLength: 24 }).map((parts) => parts.join(""));

describe("mustacheTags, against mustache's parser", () => {
  it("reads the same tags, or fails with the same error, on random templates", () => {
    fc.assert(
      fc.property(template, (t) => {
        expect(ourReading(t)).toEqual(mustacheReading(t));
      }),
      { numRuns: 20_000 },
    );
  });

  it("reads well-formed templates with sections, spaces and delimiter changes alike", () => {
    for (const t of [
      "Hi {{contact.firstName}},\n{{#topics}}We discussed {{topics}}.{{/topics}}{{^topics}}Thanks.{{/topics}}",
      "{{ company }} {{{role}}} {{&round}} {{> partial}} {{! note }}",
      "{{=<% %>=}}<%#company%><%company%><%/company%><%={{ }}=%>{{role}}",
      "{{#a}}{{#b}}{{/b}}{{/a}}",
    ]) {
      expect(ourReading(t), t).toEqual(mustacheReading(t));
      expect("tags" in ourReading(t), t).toBe(true);
    }
  });

  it("fails as mustache does on broken templates", () => {
    for (const t of ["{{#a}}", "{{/a}}", "{{#a}}{{/b}}", "{{name", "{{{name}}", "{{=<%=}}", "{{=  =}}"]) {
      const ours = ourReading(t);
      expect(ours, t).toEqual(mustacheReading(t));
      expect("error" in ours, t).toBe(true);
    }
  });
});

describe("findTemplateProblem", () => {
  /** The check as it was written on mustache's parser, for comparison. */
  function withMustache(t: string): string | undefined {
    const reading = mustacheReading(t);
    if ("error" in reading) return `is not a valid template: ${reading.error.replace(/ at \d+$/, "")}`;
    const names = new Set(["company", "role", "candidate.name"]);
    for (const { type, value } of reading.tags) {
      if (type === "!" || type === "/") continue;
      if ((type === "name" || type === "#" || type === "^") && names.has(value)) continue;
      return type;
    }
    return undefined;
  }

  it("accepts exactly the templates mustache reads as placeholders and sections over them", () => {
    fc.assert(
      fc.property(template, (t) => {
        expect(findTemplateProblem(t) === undefined).toBe(withMustache(t) === undefined);
        const error = withMustache(t);
        if (error?.startsWith("is not a valid template")) expect(findTemplateProblem(t)).toBe(error);
      }),
      { numRuns: 5_000 },
    );
  });
});
