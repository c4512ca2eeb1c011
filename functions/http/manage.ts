import { manageAnswer } from "../../shared/api/manage-answer.js";
import { manageInputSchema } from "../../shared/api/manage-input-schema.js";
import { manageEntry } from "../../shared/entries/entry-catalogue.js";
import { formOrJsonBody } from "../../shared/http/form-or-json-body.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { validateInput } from "../../shared/http/validate-input.js";
import { manageInterview } from "../../shared/use-cases/manage-interview.js";
import { manageWiring } from "../wiring/link-route-wiring.js";

const { deps, verify } = manageWiring(manageEntry);

/** The manage page's buttons or an API client: `action=stop|snooze` (form field or JSON). */
export const handler = httpRoute({ auth: false }, async ({ params, event }) => {
  const target = await verify(params.token);
  const { action } = validateInput(manageInputSchema, formOrJsonBody(event));
  return plainTextOrJson(event, manageAnswer(await manageInterview(deps(), target, action)));
});
