import { manageAnswer } from "../../shared/api/manage-answer.js";
import { manageFormSchema, manageInputSchema } from "../../shared/api/manage-input-schema.js";
import { manageEntry } from "../../shared/entries/entry-catalogue.js";
import { formOrJsonInput } from "../../shared/http/form-or-json-body.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { manageInterview } from "../../shared/use-cases/manage-interview.js";
import { manageWiring } from "../wiring/link-route-wiring.js";

const { deps, verify } = manageWiring(manageEntry);

/** The manage page's buttons or an API client: `action=stop|snooze` (form field, or JSON with no other field). */
export const handler = httpRoute({ auth: false }, async ({ params, event }) => {
  const target = await verify(params.token);
  const { action } = formOrJsonInput(event, { form: manageFormSchema, json: manageInputSchema });
  return plainTextOrJson(event, manageAnswer(await manageInterview(deps(), target, action)));
});
