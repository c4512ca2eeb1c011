import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { noQuerySchema } from "../../shared/api/no-query-schema.js";
import { PLAIN_TABLE_PIECE } from "../../shared/config/plain-pieces.js";
import { getInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { getInterview } from "../../shared/use-cases/get-interview.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { lazy } from "../wiring/lazy.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";

const config = plainEntryConfigOf(getInterviewEntry, { table: PLAIN_TABLE_PIECE });
const deps = lazy(() => readDepsWith(config, { get: dynamoGetInterview }));

export const handler = httpRoute({ auth: true, query: noQuerySchema }, async ({ owner, params }) =>
  interviewAnswer(200, await getInterview(deps(), { owner, id: params.id ?? "" })),
);
