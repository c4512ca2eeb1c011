import type { Interview } from "../domain/interview.js";
import type { Step } from "../domain/step.js";

const ITEM_SK = "INTERVIEW";
/** Kept from when the attention index held only unscheduled steps: items already stored carry this key. */
export const ATTENTION_KEY = "UNSCHEDULED";

export const ownerKey = (owner: string) => `OWNER#${encodeURIComponent(owner)}`;
export const applicationPartitionKey = (owner: string, key: string) =>
  `APP#${encodeURIComponent(owner)}#${encodeURIComponent(key)}`;
/** The table key of an interview's item. */
export const interviewKey = (id: string) => ({ pk: `INTERVIEW#${id}`, sk: ITEM_SK });

export type StoredItem = Omit<Interview, "steps"> & {
  pk: string;
  sk: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk: string;
  gsi2sk: string;
  gsi3pk?: string;
  gsi3sk?: string;
  /** Keyed by step id, so a single step can be addressed in an update expression. */
  steps: Record<string, Step>;
  /**
   * New on every put: tells a put of ours that landed from another writer's put of the very same item (two
   * writers computing the same change from the same version, such as a forward counter's bump).
   */
  writeId?: string;
};

/** When a step needs the reconciler from: its planned time if unscheduled, its claim if in flight. */
function attentionSince(step: Step): number | undefined {
  if (step.status === "unscheduled") return Date.parse(step.sendAt);
  if (step.status === "sending") return Date.parse(step.claimedAt ?? step.updatedAt);
  return undefined;
}

/**
 * The item an interview is stored as: its key, its keys in the owner, application and (sparse) attention
 * indexes (see table-design.ts), and its steps keyed by id.
 */
export function toItem(interview: Interview): StoredItem {
  const since = interview.steps.map(attentionSince).filter((t): t is number => t !== undefined);
  return {
    ...(since.length
      ? {
          gsi3pk: ATTENTION_KEY,
          gsi3sk: `${new Date(Math.min(...since)).toISOString()}#${interview.id}`,
        }
      : {}),
    ...interview,
    ...interviewKey(interview.id),
    gsi1pk: ownerKey(interview.owner),
    gsi1sk: `${interview.createdAt}#${interview.id}`,
    gsi2pk: applicationPartitionKey(interview.owner, interview.applicationKey),
    gsi2sk: `${new Date(interview.interviewedAt).toISOString()}#${interview.id}`,
    steps: Object.fromEntries(interview.steps.map((s) => [s.id, s])),
  };
}

/** The interview a stored item holds, its steps in order. */
export function fromItem(item: Record<string, unknown>): Interview {
  const {
    pk: _pk,
    sk: _sk,
    gsi1pk: _g1,
    gsi1sk: _g1s,
    gsi2pk: _g2,
    gsi2sk: _g2s,
    gsi3pk: _g3,
    gsi3sk: _g3s,
    writeId: _w,
    steps,
    ...rest
  } = item as StoredItem;
  const ordered = Object.values(steps ?? {}).sort((a, b) => Number(a.id.slice(1)) - Number(b.id.slice(1)));
  return { ...(rest as Omit<Interview, "steps">), steps: ordered };
}
