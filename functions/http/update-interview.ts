import { interviewPatchSchema } from "../../shared/api/interview-input-schema.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { refuseOwnAddresses } from "../../shared/api/refuse-own-addresses.js";
import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { updateInterview } from "../../shared/use-cases/update-interview.js";
import { chainDeps } from "../wiring/chain-deps.js";
import { entryConfig } from "../wiring/entry-config.js";
import { idempotencyFor } from "../wiring/idempotency-for.js";
import { lazy } from "../wiring/lazy.js";
import { ownAddresses } from "../wiring/own-addresses.js";
import { usage } from "../wiring/usage.js";

const config = entryConfig(ENTRIES.updateInterview);
const deps = lazy(() => ({ ...chainDeps(config), usage: usage(config) }));
const own = ownAddresses(config);

export const handler = httpRoute(
  { auth: true, body: interviewPatchSchema, idempotency: idempotencyFor(ENTRIES.updateInterview, config) },
  async ({ owner, params, body }) => {
    refuseOwnAddresses(body, own);
    const updated = await updateInterview(deps(), { owner, id: params.id ?? "", patch: body });
    return jsonResponse(200, interviewView(updated));
  },
);
