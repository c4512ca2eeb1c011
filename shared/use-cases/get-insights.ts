import { computeInsights, type Insights } from "../domain/insights.js";
import { listAllOwnerInterviews } from "./list-all-owner-interviews.js";
import type { ReadDeps } from "./use-case-deps.js";

/** What worked, from the owner's own interviews only (what `GET /insights` answers). */
export async function getInsights(
  deps: ReadDeps<"listByOwner">,
  owner: string,
): Promise<Insights & { at: string }> {
  const interviews = await listAllOwnerInterviews(deps.store, owner);
  return { at: deps.clock.now().toISOString(), ...computeInsights(interviews) };
}
