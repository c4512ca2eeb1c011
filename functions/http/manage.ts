import { manageInputSchema } from "../../shared/api/manage-input-schema.js";
import { isPendingStep } from "../../shared/domain/step.js";
import { formOrJsonBody } from "../../shared/http/form-or-json-body.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { validateInput } from "../../shared/http/validate-input.js";
import { manageConfirmation } from "../../shared/mail/manage-confirmation.js";
import { type ManageOutcome, manageInterview } from "../../shared/use-cases/manage-interview.js";
import { chainDeps } from "./chain-deps.js";
import { manageTarget } from "./manage-target.js";

const deps = chainDeps();
const verify = manageTarget();

function nextSendAt(outcome: ManageOutcome): string | null {
  const next = outcome.interview.steps
    .filter(isPendingStep)
    .map((s) => s.sendAt)
    .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
  return next ?? null;
}

/**
 * The buttons of a reminder's manage page, or an API client: `action=stop` (form field or JSON) stops the
 * whole chain, `action=snooze` moves its pending steps a week later. The signed token in the path is the
 * capability; errors answer JSON (404 for a bad link, 409 for a chain that is no longer active).
 */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params, event }) => {
  const target = await verify(params.token);
  const { action } = validateInput(manageInputSchema, formOrJsonBody(event));
  const outcome = await manageInterview(deps, target, action);
  // A person who pressed the page's button reads the answer in a browser.
  return plainTextOrJson(event, {
    text: manageConfirmation(outcome, nextSendAt(outcome)),
    json:
      outcome.action === "stop"
        ? { status: "stopped", stepsCancelled: outcome.stepsCancelled }
        : {
            status: "snoozed",
            stepsMoved: outcome.stepsMoved,
            repeated: outcome.repeated,
            nextSendAt: nextSendAt(outcome),
          },
  });
});
