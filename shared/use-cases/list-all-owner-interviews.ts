import type { Interview } from "../domain/interview.js";
import type { InterviewStore } from "../ports/interview-store.js";

/** Far above what the daily interview quota lets anyone register in years; bounds a feed's or a report's work. */
export const MAX_OWNER_INTERVIEWS = 2000;
const PAGE = 100;

/** Every interview of the owner, newest first, page by page, up to `MAX_OWNER_INTERVIEWS`. */
export async function listAllOwnerInterviews(
  store: Pick<InterviewStore, "listByOwner">,
  owner: string,
  max = MAX_OWNER_INTERVIEWS,
): Promise<Interview[]> {
  const all: Interview[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listByOwner(owner, {
      limit: Math.min(PAGE, max - all.length),
      ...(cursor ? { cursor } : {}),
    });
    all.push(...page.items);
    cursor = page.cursor;
  } while (cursor && all.length < max);
  return all.slice(0, max);
}
