import { interviewPatchSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { updateInterview } from "../../shared/use-cases/update-interview.js";
import { usageDeps } from "../usage-deps.js";
import { chainDeps } from "./chain-deps.js";
import { idempotencyFor } from "./idempotency-for.js";
import { ownAddresses } from "./own-addresses.js";

const deps = { ...chainDeps(), usage: usageDeps() };
const own = ownAddresses();

export const handler = httpRoute(
  { auth: true, body: interviewPatchSchema, idempotency: idempotencyFor("PATCH /interviews/{id}") },
  async ({ owner, params, body }) => {
    refuseOwnAddresses(body, own);
    return jsonResponse(
      200,
      interviewView(await updateInterview(deps, { owner, id: params.id ?? "", patch: body })),
    );
  },
);
