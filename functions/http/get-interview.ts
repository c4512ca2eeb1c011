import { dynamoGetInterview } from "../../shared/adapters/dynamo-get-interview.js";
import { interviewAnswer } from "../../shared/api/interview-answer.js";
import { noQuerySchema } from "../../shared/api/no-query-schema.js";
import { TABLE_PIECE } from "../../shared/config/config-pieces.js";
import { getInterviewEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { getInterview } from "../../shared/use-cases/get-interview.js";
import { readDepsWith } from "../wiring/chain-deps.js";
import { entryConfigOf } from "../wiring/entry-config-of.js";
import { lazy } from "../wiring/lazy.js";

const config = entryConfigOf(getInterviewEntry, { table: TABLE_PIECE });
const deps = lazy(() => readDepsWith(config, { get: dynamoGetInterview }));

export const handler = httpRoute({ auth: true, query: noQuerySchema }, async ({ owner, params }) =>
  interviewAnswer(200, await getInterview(deps(), { owner, id: params.id ?? "" })),
);
