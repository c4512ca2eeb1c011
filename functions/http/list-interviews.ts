import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { listQuerySchema } from "../../shared/api/list-query-schema.js";
import { PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { listInterviewsEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { listInterviews } from "../../shared/use-cases/list-interviews.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(listInterviewsEntry, { table: PLAIN_TABLE_PIECE });
const deps = lazy(() => readDepsWith(config, { listByOwner: dynamoListByOwner }));

export const handler = httpRoute({ auth: true, query: listQuerySchema }, async ({ owner, query }) => {
  const page = await listInterviews(deps(), { owner, ...query });
  return jsonResponse(200, { items: page.items.map(interviewView), nextCursor: page.cursor ?? null });
});
