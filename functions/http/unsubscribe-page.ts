import { PLAIN_REPLY_TOKEN_PIECE } from "../../shared/config/plain-pieces.js";
import { unsubscribePageEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { LINK_PAGE_HEADERS } from "../../shared/http/link-page-headers.js";
import { UNSUBSCRIBE_PAGE_HTML } from "../../shared/mail/unsubscribe-page-html.js";
import { plainEntryConfigOf } from "../wiring/plain-entry-config-of.js";
import { unsubscribeTarget } from "../wiring/unsubscribe-target.js";

const verify = unsubscribeTarget(
  plainEntryConfigOf(unsubscribePageEntry, { replyToken: PLAIN_REPLY_TOKEN_PIECE }),
);

/**
 * The unsubscribe link opened in a browser. It changes nothing: link scanners and previews fetch every
 * GET, and must not unsubscribe anyone. A person confirms with the form, which POSTs to the one-click route.
 */
export const handler = httpRoute({ auth: false }, async ({ params }) => {
  await verify(params.token);
  return { statusCode: 200, headers: { ...LINK_PAGE_HEADERS }, body: UNSUBSCRIBE_PAGE_HTML };
});
