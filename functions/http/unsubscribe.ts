import { DynamoSuppressionList } from "../../shared/adapters/dynamo-suppression-list.js";
import { DynamoUnsubscribeArchive } from "../../shared/adapters/dynamo-unsubscribe-archive.js";
import { parseConfig } from "../../shared/config/parse-config.js";
import { tableConfigSchema } from "../../shared/config/table-config.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { UNSUBSCRIBE_CONFIRMATION } from "../../shared/mail/unsubscribe-page-html.js";
import { unsubscribeContact } from "../../shared/use-cases/unsubscribe-contact.js";
import { dynamoDocumentClient } from "../clients/dynamo-document-client.js";
import { chainDeps } from "./chain-deps.js";
import { unsubscribeTarget } from "./unsubscribe-target.js";

const tableName = parseConfig(tableConfigSchema, process.env).TABLE_NAME;
const deps = {
  ...chainDeps(),
  suppressions: new DynamoSuppressionList(dynamoDocumentClient(), tableName),
  unsubscribeArchive: new DynamoUnsubscribeArchive(dynamoDocumentClient(), tableName),
};
const verify = unsubscribeTarget();

/**
 * One-click unsubscribe (RFC 8058): mail clients POST `List-Unsubscribe=One-Click` here, and so does the
 * confirmation page's button. The body is not read: the signed token is all the request needs.
 */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params, event }) => {
  const result = await unsubscribeContact(deps, await verify(params.token));
  // A person who pressed the page's button reads the answer in a browser; a mail client ignores it.
  return plainTextOrJson(event, {
    text: UNSUBSCRIBE_CONFIRMATION,
    json: { status: "unsubscribed", stepsCancelled: result.stepsCancelled },
  });
});
