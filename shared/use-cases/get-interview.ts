import type { Interview } from "../domain/interview.js";
import { isInterviewId } from "../domain/is-interview-id.js";
import { NotFoundError } from "../errors/app-error.js";
import type { ReadDeps } from "./use-case-deps.js";

/** Someone else's interview is reported exactly like a missing one, so ids reveal nothing. */
export async function getInterview(
  deps: Pick<ReadDeps<"get">, "store">,
  request: { owner: string; id: string },
): Promise<Interview> {
  if (!isInterviewId(request.id)) throw new NotFoundError("Interview");
  const interview = await deps.store.get(request.id);
  if (!interview || interview.owner !== request.owner) throw new NotFoundError("Interview");
  return interview;
}
