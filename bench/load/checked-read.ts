import { jsonOrUndefined, type TimedResponse } from "./timed-request.js";

/**
 * A read's answer, checked and then slimmed to what the figures use. A 200 must be the interview asked for
 * (its id, as the view writes it); the body is not parsed, and not kept: at 2,000 reads a second, parsed
 * and kept answers were the load generator's garbage in the thread that also runs the gateway. Any other
 * status keeps its parsed body, whose error code the error tally names.
 */
export function checkedRead(r: TimedResponse, id: string): TimedResponse {
  const { status, ms, error, text } = r;
  if (status !== 200) return { status, ms, error, json: jsonOrUndefined(text) };
  if (!text?.includes(`"id":${JSON.stringify(id)}`))
    return { status: 0, ms, json: undefined, error: "a 200 without the interview asked for" };
  return { status, ms, json: undefined };
}
