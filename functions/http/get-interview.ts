import { interviewView } from "../../shared/api/interview-view.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { getInterview } from "../../shared/use-cases/get-interview.js";
import { readDeps } from "./chain-deps.js";

const deps = readDeps();

export const handler = httpRoute({ auth: true }, async ({ owner, params }) =>
  jsonResponse(200, interviewView(await getInterview(deps, { owner, id: params.id ?? "" }))),
);
