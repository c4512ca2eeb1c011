import { manageInputSchema } from "../../shared/api/manage-input-schema.js";
import { manageOutcomeView } from "../../shared/api/manage-outcome-view.js";
import { nextSendAt } from "../../shared/domain/next-send-at.js";
import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { ValidationError } from "../../shared/errors/app-error.js";
import { formOrJsonBody } from "../../shared/http/form-or-json-body.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { zodIssues } from "../../shared/http/zod-issues.js";
import { manageConfirmation } from "../../shared/mail/manage-confirmation.js";
import { manageInterview } from "../../shared/use-cases/manage-interview.js";
import { chainDeps } from "../wiring/chain-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { lazy } from "../wiring/lazy.js";
import { manageTarget } from "../wiring/manage-target.js";

const config = entryConfig(ENTRIES.manage);
const deps = lazy(() => chainDeps(config));
const verify = manageTarget(config);

/** The manage page's buttons or an API client: `action=stop|snooze` (form field or JSON). */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params, event }) => {
  const target = await verify(params.token);
  const parsed = manageInputSchema.safeParse(formOrJsonBody(event));
  if (!parsed.success) throw new ValidationError(zodIssues(parsed.error, []));
  const outcome = await manageInterview(deps(), target, parsed.data.action);
  const text = manageConfirmation(outcome, nextSendAt(outcome.interview));
  return plainTextOrJson(event, { text, json: manageOutcomeView(outcome) });
});
