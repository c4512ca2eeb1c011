import { dynamoListByOwner } from "../../shared/adapters/dynamo-list-by-owner.js";
import { interviewView } from "../../shared/api/interview-view.js";
import { listQuerySchema } from "../../shared/api/list-query-schema.js";
import { TABLE_PIECE } from "../../shared/config/config-pieces.js";
import { listInterviewsEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { listInterviews } from "../../shared/use-cases/list-interviews.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { entryConfigOf } from "../wiring/entry-config-of.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfigOf(listInterviewsEntry, { table: TABLE_PIECE });
const deps = lazy(() => readDepsWith(config, { listByOwner: dynamoListByOwner }));

export const handler = httpRoute({ auth: true, query: listQuerySchema }, async ({ owner, query }) => {
  const page = await listInterviews(deps(), { owner, ...query });
  return jsonResponse(200, { items: page.items.map(interviewView), nextCursor: page.cursor ?? null });
});
