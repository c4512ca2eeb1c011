import { managePageEntry } from "../../shared/entries/entry-catalogue.js";
import { httpRoute } from "../../shared/http/http-route.js";
import { LINK_PAGE_HEADERS } from "../../shared/http/link-page-headers.js";
import { managePageHtml } from "../../shared/mail/manage-page-html.js";
import { managedInterview } from "../../shared/use-cases/manage-interview.js";
import { managePageWiring } from "../wiring/link-route-wiring.js";

const { deps, verify } = managePageWiring(managePageEntry);

/**
 * The manage link of a reminder opened in a browser: the interview, its next steps and two buttons. It
 * only reads (link scanners and previews fetch every GET); the buttons POST to the same URL.
 */
export const handler = httpRoute({ auth: false }, async ({ params }) => {
  const interview = await managedInterview(deps(), await verify(params.token));
  return { statusCode: 200, headers: { ...LINK_PAGE_HEADERS }, body: managePageHtml(interview) };
});
