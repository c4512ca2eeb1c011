import { ENTRIES } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { LINK_PAGE_HEADERS } from "../../shared/http/link-page-headers.js";
import { entryConfig } from "../wiring/entry-config.js";
import { unsubscribeTarget } from "../wiring/unsubscribe-target.js";

const verify = unsubscribeTarget(entryConfig(ENTRIES.unsubscribePage));

// No user data in it, so nothing to escape; the form posts back to this same URL.
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Unsubscribe</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 32rem; margin: 4rem auto; padding: 0 1rem">
<h1 style="font-size: 1.4rem">Stop these follow-up emails?</h1>
<p>You received a follow-up sent on a job candidate's behalf. Confirm, and no more follow-ups from this
candidate will be sent to your address.</p>
<form method="post"><input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="font-size: 1rem; padding: .5rem 1rem">Unsubscribe</button></form>
</body>
</html>
`;

/**
 * The unsubscribe link opened in a browser. It changes nothing: link scanners and previews fetch every
 * GET, and must not unsubscribe anyone. A person confirms with the form, which POSTs to the one-click route.
 */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params }) => {
  await verify(params.token);
  return {
    statusCode: 200,
    headers: { ...LINK_PAGE_HEADERS },
    body: PAGE,
  };
});
