import type { Interview } from "../domain/interview.js";
import type { ChainDeps } from "./use-case-deps.js";

/**
 * The owner's interviews the quota record lists as reaching the addresses of a registration or an edit
 * (`OwnerQuotaTaken.reaching`): read by id, in parallel; deleted ones (gone) and another owner's are left
 * out. What the follow-up cap counts earlier unanswered follow-ups on.
 */
export async function loadReaching(
  deps: ChainDeps<"get">,
  owner: string,
  ids: readonly string[],
): Promise<Interview[]> {
  const loaded = await Promise.all(ids.map((id) => deps.store.get(id)));
  return loaded.filter((i): i is Interview => i !== undefined && i.owner === owner);
}
