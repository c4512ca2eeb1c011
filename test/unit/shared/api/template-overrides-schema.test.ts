import { describe, expect, it } from "vitest";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";
import { validateInput } from "../../../../shared/http/validate-input.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewInput } from "../../../support/interview-input.js";

useFixedSystemTime();

function postIssues(templates: unknown) {
  const result = interviewInputSchema.safeParse(interviewInput({ templates }));
  return result.success ? [] : zodIssues(result.error);
}

function patchIssues(patch: unknown) {
  const result = interviewPatchSchema.safeParse(patch);
  return result.success ? [] : zodIssues(result.error);
}

const fields = (issues: { field: string }[]) => issues.map((i) => i.field);

describe("templates on POST /interviews", () => {
  it("accepts a subject, a body or both per step kind, using placeholders and sections", () => {
    const templates = {
      thank_you: {
        subject: "Thank you, {{contact.firstName}}",
        body: "Hi {{contact.firstName}},\n\n{{#topics}}I enjoyed {{topics}}.{{/topics}}\n\n{{candidate.name}}",
      },
      keep_in_touch: { body: "Hello again from {{candidate.firstName}}" },
      weekly_check_in: { subject: "Still interested in {{role}}" },
    };

    expect(interviewInputSchema.parse(interviewInput({ templates })).templates).toEqual(templates);
  });

  it.each([
    [
      "an unknown placeholder",
      { thank_you: { body: "Hi {{nickname}}" } },
      "templates.thank_you.body",
      "{{nickname}}",
    ],
    [
      "a partial",
      { rejection_reply: { body: "{{> footer}}" } },
      "templates.rejection_reply.body",
      "partials",
    ],
    [
      "triple-stache",
      { thank_you: { subject: "{{{company}}}" } },
      "templates.thank_you.subject",
      "unescaped",
    ],
    ["{{& name}}", { keep_in_touch: { body: "{{&role}}" } }, "templates.keep_in_touch.body", "unescaped"],
    [
      "an unclosed section",
      { thank_you: { body: "{{#topics}}x" } },
      "templates.thank_you.body",
      "Unclosed section",
    ],
    ["a delimiter change", { thank_you: { body: "{{=| |=}}" } }, "templates.thank_you.body", "delimiters"],
    [
      "a line break in a subject",
      { thank_you: { subject: "Hi\r\nBcc: x@y.test" } },
      "templates.thank_you.subject",
      "line breaks",
    ],
    [
      "a 201-character subject",
      { thank_you: { subject: "x".repeat(201) } },
      "templates.thank_you.subject",
      "at most 200",
    ],
    [
      "a 5001-character body",
      { thank_you: { body: "x".repeat(5001) } },
      "templates.thank_you.body",
      "at most 5000",
    ],
    ["a blank body", { thank_you: { body: " \n " } }, "templates.thank_you.body", "must not be empty"],
    [
      "a control character in a body",
      { thank_you: { body: "a\u0000b" } },
      "templates.thank_you.body",
      "control",
    ],
    [
      // Not text: the email would carry U+FFFD instead, or SES refuse it, long after the API said 201.
      "a lone surrogate in a body",
      { thank_you: { body: "Hi x\ud800y" } },
      "templates.thank_you.body",
      "lone UTF-16 surrogate",
    ],
    ["neither subject nor body", { thank_you: {} }, "templates.thank_you", "must set subject, body or both"],
  ])("refuses %s, naming the field", (_, templates, field, problem) => {
    const issues = postIssues(templates);

    expect(fields(issues)).toEqual([field]);
    expect(issues[0]?.problem).toContain(problem);
  });

  it("refuses an unknown step kind and an unknown part", () => {
    expect(postIssues({ thanks: { body: "x" }, thank_you: { footer: "x" } })).toEqual(
      expect.arrayContaining([
        { field: "templates.thanks", problem: "is not a known field" },
        { field: "templates.thank_you.footer", problem: "is not a known field" },
      ]),
    );
  });

  it("keeps a body's line breaks and tabs", () => {
    expect(postIssues({ thank_you: { body: "Hi,\r\n\n\tindented" } })).toEqual([]);
  });
});

describe("templates and stepTemplates on PATCH", () => {
  it("accepts new templates, null to go back to the defaults, and per-step wording", () => {
    expect(
      interviewPatchSchema.parse({
        templates: null,
        stepTemplates: { s3: { subject: "Any news, {{contact.firstName}}?" }, s4: null },
      }),
    ).toEqual({
      templates: null,
      stepTemplates: { s3: { subject: "Any news, {{contact.firstName}}?" }, s4: null },
    });
  });

  it("names the step and part of a bad per-step template", () => {
    expect(fields(patchIssues({ stepTemplates: { s3: { body: "{{candidate.nickname}}" } } }))).toEqual([
      "stepTemplates.s3.body",
    ]);
    expect(fields(patchIssues({ templates: { thank_you: { body: "{{>x}}" } } }))).toEqual([
      "templates.thank_you.body",
    ]);
  });

  it("refuses a key that is not a step id", () => {
    expect(patchIssues({ stepTemplates: { "../s3": { body: "x" } } })).toEqual([
      { field: "stepTemplates.../s3", problem: "is not a step id such as s3" },
    ]);
  });

  it("refuses an empty map: it would change nothing", () => {
    expect(patchIssues({ stepTemplates: {} })).toEqual([
      { field: "stepTemplates", problem: "must name at least one step" },
    ]);
  });

  it("refuses a __proto__ key, which zod's record would drop unread, naming it (JSON.parse makes it an own key)", () => {
    for (const text of [
      '{"stepTemplates": {"__proto__": {"subject": 1, "body": []}}}',
      '{"stepTemplates": {"s3": {"body": "x"}, "__proto__": "x"}}',
      '{"templates": null, "stepTemplates": {"s3": {"__proto__": {}}}}',
    ]) {
      const body = JSON.parse(text) as unknown;
      let issues: unknown;
      try {
        validateInput(interviewPatchSchema, body);
      } catch (err) {
        if (err instanceof ValidationError) issues = err.issues.map((i) => i.field);
      }
      expect(issues, text).toEqual([
        text.includes('"s3": {"__proto__"') ? "stepTemplates.s3.__proto__" : "stepTemplates.__proto__",
      ]);
    }
  });

  it("is a PATCH-only field: POST refuses stepTemplates", () => {
    const result = interviewInputSchema.safeParse(interviewInput({ stepTemplates: { s1: { body: "x" } } }));

    expect(result.success ? [] : zodIssues(result.error)).toEqual([
      { field: "stepTemplates", problem: "is not a known field" },
    ]);
  });
});
