import type { Interview } from "../domain/interview.js";
import { interviewETag } from "../http/interview-etag.js";
import { jsonResponse } from "../http/json-response.js";
import { interviewView } from "./interview-view.js";

/**
 * An answer that shows an interview (or, with `body`, carries it inside), with the interview's ETag: the
 * tag a client sends back in If-Match to make its next write conditional on this copy.
 */
export function interviewAnswer(
  statusCode: number,
  interview: Interview,
  headers: Record<string, string> = {},
  body: unknown = interviewView(interview),
) {
  return jsonResponse(statusCode, body, { ...headers, etag: interviewETag(interview.version) });
}
