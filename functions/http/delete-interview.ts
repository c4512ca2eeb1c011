import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { deleteInterview } from "../../shared/use-cases/delete-interview.js";
import { chainDeps } from "./chain-deps.js";

const deps = chainDeps();

export const handler = httpRoute({ auth: true }, async ({ owner, params }) => {
  await deleteInterview(deps, { owner, id: params.id ?? "" });
  return jsonResponse(204);
});
