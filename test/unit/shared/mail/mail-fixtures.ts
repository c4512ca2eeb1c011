import type { Interview } from "../../../../shared/domain/interview.js";
import type { Step, StepKind } from "../../../../shared/domain/step.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { stopInterview } from "../../../../shared/use-cases/stop-interview.js";
import { interviewDetails, testDeps } from "../../../support/test-deps.js";

export const LONG_NAME = `Rita ${"Ruiz-".repeat(18)}Ortiz`;

/** Input the API accepts but that tries every way to break an email: markup, quotes, unicode, emoji. */
export const HOSTILE = {
  candidate: {
    name: `Zoë Ñúñez 李小龍 <script>&"'`,
    email: "zoe@example.com",
    links: ["https://example.com/zoe?a=1&b=2", "https://github.com/zoe"],
  },
  company: "Acme & <Sons> 🚀",
  role: `Staff "Engineer" <script>alert(1)</script>`,
  interviewers: [
    {
      name: "Ann O'Brien 🎉",
      email: "ann@acme.test",
      topics: ["caching, sharding & <queues>", "on-call (24/7)!", "what's next?"],
    },
    { name: "Bo Chen", email: "bo@acme.test" },
    // No address: thanked through the recruiter, by name.
    { name: `Dee <Moss> "QA"` },
  ],
  recruiter: { name: LONG_NAME, email: "rita@acme.test" },
  referrer: { name: "Rae <Fox>", email: "rae@friends.test" },
};

/**
 * An interview whose chain, after a rejection, holds a step of every kind: thank-yous, the handwritten
 * note, the referrer update, the recruiter follow-ups, the gracious reply and the keep-in-touch note.
 */
export async function everyKind(overrides: Record<string, unknown> = {}): Promise<Interview> {
  const deps = testDeps();
  const created = await createInterview(deps, {
    owner: "user-1",
    details: interviewDetails({ ...HOSTILE, ...overrides }),
  });
  return stopInterview(deps, { owner: "user-1", id: created.id, reason: "rejected" });
}

export function stepOf(interview: Interview, kind: StepKind, nth = 0): Step {
  const step = interview.steps.filter((s) => s.kind === kind)[nth];
  if (!step) throw new Error(`no ${kind} step #${nth}`);
  return step;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for control characters is the point
export const HEADER_BREAKERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/;

/** The HTML with the tags we emit removed: anything markup-like left over came from the input. */
export function htmlWithoutOurTags(html: string): string {
  return html.replace(/<\/?(p|br|blockquote)>|<a href="[^"<>]*">|<\/a>/g, "");
}
