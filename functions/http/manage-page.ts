import { httpRoute } from "../../shared/http/http-route.js";
import { MANAGE_PAGE_HEADERS } from "../../shared/http/link-page-headers.js";
import { managePageHtml } from "../../shared/pages/manage-page-html.js";
import { managedInterview } from "../../shared/use-cases/manage-interview.js";
import { readDeps } from "./chain-deps.js";
import { manageTarget } from "./manage-target.js";

const deps = readDeps();
const verify = manageTarget();

/**
 * The manage link of a reminder opened in a browser: the interview, its next steps and two buttons. It
 * only reads: link scanners and previews fetch every GET, and must not stop or snooze anything. The
 * buttons POST to the same URL.
 */
export const handler = httpRoute({ auth: false, ignoreBody: true }, async ({ params }) => {
  const interview = await managedInterview(deps, await verify(params.token));
  return { statusCode: 200, headers: { ...MANAGE_PAGE_HEADERS }, body: managePageHtml(interview) };
});
