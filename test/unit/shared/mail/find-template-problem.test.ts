import { describe, expect, it } from "vitest";
import { STEP_KINDS } from "../../../../shared/domain/step.js";
import { findTemplateProblem } from "../../../../shared/mail/find-template-problem.js";
import { STEP_TEMPLATES } from "../../../../shared/mail/step-templates.js";
import { PLACEHOLDER_NAMES } from "../../../../shared/mail/template-placeholders.js";

describe("findTemplateProblem", () => {
  it.each(STEP_KINDS)("accepts the default %s templates", (kind) => {
    expect(findTemplateProblem(STEP_TEMPLATES[kind].subject)).toBeUndefined();
    expect(findTemplateProblem(STEP_TEMPLATES[kind].body)).toBeUndefined();
  });

  it("accepts a template whose only words are in sections: it says something for some steps", () => {
    expect(
      findTemplateProblem("{{#decisionDate}}Decision by {{decisionDate}}?{{/decisionDate}}"),
    ).toBeUndefined();
    expect(findTemplateProblem("{{company}}")).toBeUndefined();
  });

  it("accepts every documented placeholder, sections over them, comments and spaces inside tags", () => {
    const all = PLACEHOLDER_NAMES.map((n) => `{{ ${n} }}`).join(" ");
    expect(
      findTemplateProblem(`${all} {{#topics}}x {{topics}}{{/topics}}{{^links}}none{{/links}}{{! note }}`),
    ).toBeUndefined();
  });

  it.each([
    ["an unknown placeholder", "Hi {{nickname}}", "uses {{nickname}}, which is not a placeholder"],
    ["a misspelt dotted name", "{{candidate.nam}}", "uses {{candidate.nam}}"],
    ["a group instead of a value", "{{candidate}}", "uses {{candidate}}"],
    ["the implicit iterator", "{{#topics}}{{.}}{{/topics}}", "uses {{.}}"],
    ["an unknown name inside a section", "{{#topics}}{{length}}{{/topics}}", "uses {{length}}"],
    ["a section over an unknown name", "{{#vip}}x{{/vip}}", "has a section {{#vip}}"],
    ["a partial", "{{> signature}}", "must not include partials ({{>signature}})"],
    ["triple-stache", "{{{candidate.name}}}", "must not use unescaped output"],
    ["an ampersand tag", "{{& candidate.name}}", "must not use unescaped output"],
    ["a delimiter change", "{{=<% %>=}}<% company %>", "must not change the {{ }} delimiters"],
    [
      "an unclosed section",
      "{{#topics}}about {{topics}}",
      'is not a valid template: Unclosed section "topics"',
    ],
    ["an unopened section", "about {{/topics}}", 'is not a valid template: Unopened section "topics"'],
    ["crossed sections", "{{#topics}}{{#links}}{{/topics}}{{/links}}", "is not a valid template"],
    ["an unclosed tag", "Hi {{contact.firstName", "is not a valid template: Unclosed tag"],
    ["only a comment", "{{! to do }}", "has no words"],
    ["only blanks and a comment", "  \n{{! later }}\t", "has no words"],
    ["only empty sections", "{{#topics}} {{/topics}}{{^links}}\n{{/links}}", "has no words"],
  ])("refuses %s", (_, template, problem) => {
    expect(findTemplateProblem(template)).toContain(problem);
  });
});
