import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";
import { findTemplateProblem } from "./find-template-problem.js";
import { capSubject } from "./header-safe.js";
import { renderTemplate } from "./render-template.js";
import { STEP_TEMPLATES } from "./step-templates.js";
import { placeholderValues } from "./template-placeholders.js";

export interface RenderedStep {
  /** Single line, capped. */
  subject: string;
  /** Plain text, paragraphs separated by a blank line. */
  text: string;
  /** The candidate chose this subject (for this step or its kind), so it is used as is. */
  customSubject: boolean;
}

/**
 * The candidate's template when there is one and it is still usable, else the default. The API refuses
 * bad templates; the check here only matters for one stored before a rule changed, and then the default
 * wording is better than a broken email or a failed send.
 */
function pick(custom: string | undefined, fallback: string): { template: string; custom: boolean } {
  if (custom !== undefined && findTemplateProblem(custom) === undefined)
    return { template: custom, custom: true };
  return { template: fallback, custom: false };
}

/**
 * The subject and text of one step, in the words the candidate chose: the step's own override, else the
 * override for its kind, else the default; subject and body are chosen separately.
 */
export function renderStepTemplate(interview: Interview, step: Step): RenderedStep {
  const byStep = interview.stepTemplates?.[step.id];
  const byKind = interview.templates?.[step.kind];
  const fallback = STEP_TEMPLATES[step.kind];
  const subject = pick(byStep?.subject ?? byKind?.subject, fallback.subject);
  const body = pick(byStep?.body ?? byKind?.body, fallback.body);
  const values = placeholderValues(interview, step);
  // A candidate's template whose every word sits in sections over empty values renders to nothing for
  // this step ("{{#decisionDate}}...{{/decisionDate}}" with no date): an empty subject is refused by SES
  // (the step failed) and an empty body is a blank email to a recruiter, so the default wording is used.
  const customSubject = subject.custom ? capSubject(renderTemplate(subject.template, values)) : "";
  const customText = body.custom ? renderTemplate(body.template, values) : "";
  return {
    subject: customSubject || capSubject(renderTemplate(fallback.subject, values)),
    text: customText || renderTemplate(fallback.body, values),
    customSubject: customSubject !== "",
  };
}
