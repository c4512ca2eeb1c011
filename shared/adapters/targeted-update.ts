import { sameJson as same } from "./same-json.js";

/**
 * DynamoDB's limit on each expression string (UpdateExpression, ConditionExpression): 4 KB. A change too
 * wide for it (a whole chain re-planned) is written as a conditional put instead.
 */
const MAX_EXPRESSION_CHARS = 4_000;

/** Attributes a targeted update never touches: the item's key. */
const KEY_ATTRIBUTES = new Set(["pk", "sk"]);

export interface TargetedUpdate {
  UpdateExpression: string;
  ConditionExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

type Item = Record<string, unknown>;

const isMap = (v: unknown): v is Item => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * The UpdateItem that turns the stored item `before` into `after` by naming only what changed: each
 * changed field of a changed step by its path (`#steps.#s3.#status`), new or dropped steps whole, new
 * timeline events appended with `list_append`, and changed top-level attributes (the version, the chain's
 * status, index keys). Its condition is the rule of every conditional write on an interview: the stored
 * version is still the one read (`#version = :expected`), and, spelled out so that the condition says what
 * the write relies on, the chain's status and the status of every step it changes are still those read.
 * A version-conditioned write stays the serialisation point the consistency rules rely on (a stop that read
 * the item before a claim fails and looks again). Undefined when nothing changed, or when the change is
 * too wide for DynamoDB's expression limits (the caller then puts the whole item).
 */
export function targetedUpdate(
  before: Item,
  after: Item,
  versionAttribute = "version",
): TargetedUpdate | undefined {
  const names = new Map<string, string>();
  const values: Record<string, unknown> = {};
  const name = (n: string) => {
    let placeholder = names.get(n);
    if (!placeholder) {
      placeholder = `#n${names.size}`;
      names.set(n, placeholder);
    }
    return placeholder;
  };
  const value = (v: unknown) => {
    const placeholder = `:v${Object.keys(values).length}`;
    values[placeholder] = v;
    return placeholder;
  };
  const set: string[] = [];
  const remove: string[] = [];
  const conditions: string[] = [];

  const expected = before[versionAttribute];
  if (typeof expected !== "number") return undefined;
  conditions.push(`${name(versionAttribute)} = ${value(expected)}`);
  if (typeof before.status === "string") conditions.push(`${name("status")} = ${value(before.status)}`);

  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  for (const key of keys) {
    if (KEY_ATTRIBUTES.has(key)) continue;
    const a = before[key];
    const b = after[key];
    // The steps and the timeline are most of an item: each is compared once, step by step or as the
    // prefix it keeps, not first whole and then again in parts.
    if (key === "steps" && isMap(a) && isMap(b)) {
      diffSteps(a, b);
      continue;
    }
    if (
      key === "events" &&
      Array.isArray(a) &&
      Array.isArray(b) &&
      b.length >= a.length &&
      same(a, b.slice(0, a.length))
    ) {
      if (b.length > a.length)
        set.push(`${name(key)} = list_append(${name(key)}, ${value(b.slice(a.length))})`);
      continue;
    }
    if (same(a, b)) continue;
    if (b === undefined) remove.push(name(key));
    else set.push(`${name(key)} = ${value(b)}`);
  }

  function diffSteps(a: Item, b: Item) {
    for (const id of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const was = a[id];
      const now = b[id];
      if (same(was, now)) continue;
      // Named only once a step changed: DynamoDB refuses a name the expressions do not use.
      const path = `${name("steps")}.${name(id)}`;
      if (!isMap(was)) {
        set.push(`${path} = ${value(now)}`);
        continue;
      }
      if (typeof was.status === "string") conditions.push(`${path}.${name("status")} = ${value(was.status)}`);
      if (!isMap(now)) {
        remove.push(path);
        continue;
      }
      for (const field of new Set([...Object.keys(was), ...Object.keys(now)])) {
        if (same(was[field], now[field])) continue;
        if (now[field] === undefined) remove.push(`${path}.${name(field)}`);
        else set.push(`${path}.${name(field)} = ${value(now[field])}`);
      }
    }
  }

  if (set.length === 0 && remove.length === 0) return undefined;
  const update = [
    set.length ? `SET ${set.join(", ")}` : "",
    remove.length ? `REMOVE ${remove.join(", ")}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const condition = conditions.join(" AND ");
  if (update.length > MAX_EXPRESSION_CHARS || condition.length > MAX_EXPRESSION_CHARS) return undefined;
  return {
    UpdateExpression: update,
    ConditionExpression: condition,
    ExpressionAttributeNames: Object.fromEntries([...names].map(([n, p]) => [p, n])),
    ExpressionAttributeValues: values,
  };
}
