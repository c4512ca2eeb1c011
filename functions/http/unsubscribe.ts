import { unsubscribeEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { plainTextOrJson } from "../../shared/http/plain-text-or-json.js";
import { UNSUBSCRIBE_CONFIRMATION } from "../../shared/mail/unsubscribe-page-html.js";
import { unsubscribeContact } from "../../shared/use-cases/unsubscribe-contact.js";
import { unsubscribeWiring } from "../wiring/link-route-wiring.js";

const { deps, verify } = unsubscribeWiring(unsubscribeEntry);

/** One-click unsubscribe (RFC 8058); the body is not read: the signed token is all the request needs. */
export const handler = httpRoute({ auth: false }, async ({ params, event }) => {
  const result = await unsubscribeContact(deps(), await verify(params.token));
  const json = { status: "unsubscribed", stepsCancelled: result.stepsCancelled };
  return plainTextOrJson(event, { text: UNSUBSCRIBE_CONFIRMATION, json });
});
