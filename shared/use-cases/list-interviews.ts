import type { InterviewStatus } from "../domain/interview.js";
import type { InterviewPage } from "../ports/interview-store.js";
import type { ReadDeps } from "./use-case-deps.js";

export async function listInterviews(
  deps: Pick<ReadDeps<"listByOwner">, "store">,
  request: {
    owner: string;
    limit: number;
    cursor?: string | undefined;
    status?: InterviewStatus | undefined;
  },
): Promise<InterviewPage> {
  const { owner, ...options } = request;
  return deps.store.listByOwner(owner, {
    limit: options.limit,
    ...(options.cursor ? { cursor: options.cursor } : {}),
    ...(options.status ? { status: options.status } : {}),
  });
}
