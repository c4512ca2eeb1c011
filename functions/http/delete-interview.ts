import { dynamoRemoveInterview } from "../../shared/adapters/dynamo-remove-interview.js";
import { deleteInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { ifMatchOf } from "../../shared/http/if-match.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { deleteInterview } from "../../shared/use-cases/delete-interview.js";
import { chainConfig } from "../wiring/chain-config.js";
import { chainDepsWith } from "../wiring/chain-deps.js";
import { lazy } from "../wiring/lazy.js";
import { MUTATION_STORE_OPS } from "../wiring/mutation-store-ops.js";
import { unsubscribeArchive } from "../wiring/unsubscribe-archive.js";

const config = chainConfig(deleteInterviewEntry);
const deps = lazy(() => ({
  ...chainDepsWith(config, { ...MUTATION_STORE_OPS, remove: dynamoRemoveInterview }),
  unsubscribeArchive: unsubscribeArchive(config),
}));

export const handler = httpRoute({ auth: true }, async ({ owner, params, event }) => {
  await deleteInterview(deps(), { owner, id: params.id ?? "", precondition: ifMatchOf(event) });
  return jsonResponse(204);
});
