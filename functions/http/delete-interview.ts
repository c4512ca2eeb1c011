import { DynamoUnsubscribeArchive } from "../../shared/adapters/dynamo-unsubscribe-archive.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { tableConfigSchema } from "../../shared/config/table-config.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { jsonResponse } from "../../shared/http/json-response.js";
import { deleteInterview } from "../../shared/use-cases/delete-interview.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { chainDeps } from "./chain-deps.js";

const deps = {
  ...chainDeps(),
  unsubscribeArchive: new DynamoUnsubscribeArchive(
    dynamoDocumentClient(),
    parseConfig(tableConfigSchema, process.env).TABLE_NAME,
  ),
};

export const handler = httpRoute({ auth: true }, async ({ owner, params }) => {
  await deleteInterview(deps, { owner, id: params.id ?? "" });
  return jsonResponse(204);
});
