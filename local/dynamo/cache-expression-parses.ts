/**
 * dynalite parses every expression of every request with a PEG parser (~a fifth of the emulator thread's CPU
 * under bench:load), though the service sends a handful of expressions over and over, with other names
 * (`#s` = `s#<address>`, `#d` = `e#<day>`) and other values. This parses each one once as a template: with
 * a stand-in for each distinct attribute name (names equal in the request are equal stand-ins: the parser
 * compares paths) and the request's values, which it places by reference; the template then serves every
 * request of that shape, with the request's own names and values put back, and the same names and values
 * marked used. A parse depends on the values only through their types (operand type checks: in the key)
 * and, for BETWEEN and attribute_type, on their content: expressions naming either are never cached.
 * Errors are never cached: an expression that fails is parsed as it is, every time.
 */

interface ParseContext {
  attrNames?: Record<string, string>;
  attrVals?: Record<string, Record<string, unknown>>;
  unusedAttrNames?: Record<string, boolean>;
  unusedAttrVals?: Record<string, boolean>;
  isKeyCondition?: boolean;
}

interface Parser {
  parse(input: string, options: { context: ParseContext }): unknown;
}

interface Template {
  ast: unknown;
  usedNames: string[];
  usedVals: string[];
}

/** Entries per parser; cleared when full (the names of a few expressions vary with the data). */
const MAX_TEMPLATES = 2000;
const VALUE_SLOT = Symbol("value slot");
/** Expressions whose validity depends on the values' content, not only their types. */
const VALUE_DEPENDENT = /between|attribute_type/i;
const TYPES = ["S", "N", "B", "NULL", "BOOL", "SS", "NS", "BS", "L", "M"];

function typeOf(value: Record<string, unknown>): string {
  return TYPES.find((t) => value[t] != null) ?? "";
}

/** Stand-ins start with NUL, which no identifier of an expression can hold. */
const STAND_IN = "\u0000";

const isStandIn = (s: string) => s.lastIndexOf(STAND_IN) === 0 && /^\d+$/.test(s.slice(1));

/** Each name's stand-in: names with the same value share one. */
function standIns(names: Record<string, string>): Record<string, string> {
  const byValue = new Map<string, string>();
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(names)) {
    let standIn = byValue.get(v);
    if (standIn === undefined) {
      standIn = `${STAND_IN}${byValue.size}`;
      byValue.set(v, standIn);
    }
    out[k] = standIn;
  }
  return out;
}

function keyOf(input: string, context: ParseContext, names: Record<string, string>): string {
  const vals = context.attrVals ?? {};
  const types = Object.keys(vals).map((k) => `${k}=${typeOf(vals[k] ?? {})}`);
  return JSON.stringify([input, context.isKeyCondition === true, names, types]);
}

/** Every object inside the values (not the values themselves): an AST holding one is not cached. */
function objectsInside(value: unknown, into: Set<unknown>): Set<unknown> {
  if (value && typeof value === "object")
    for (const v of Object.values(value)) {
      if (v && typeof v === "object") into.add(v);
      objectsInside(v, into);
    }
  return into;
}

/**
 * A copy of the AST with the request's value objects replaced by slots naming them; undefined when the AST
 * holds a part of a value (it could not be put back from another request's values).
 */
function toTemplate(node: unknown, slotOf: Map<unknown, string>, parts: Set<unknown>): unknown {
  const slot = slotOf.get(node);
  if (slot !== undefined) return { [VALUE_SLOT]: slot };
  if (parts.has(node)) throw new Error("part of a value");
  if (typeof node === "string" && node.includes(STAND_IN) && !isStandIn(node))
    throw new Error("a name inside a longer string");
  if (Array.isArray(node)) return node.map((n) => toTemplate(n, slotOf, parts));
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = toTemplate(v, slotOf, parts);
    return out;
  }
  return node;
}

/** A fresh AST from a template, with `vals` in its slots and `names` (by stand-in) for the stand-ins. */
function fromTemplate(node: unknown, vals: Record<string, unknown>, names: Map<string, string>): unknown {
  if (typeof node === "string") return names.get(node) ?? node;
  if (Array.isArray(node)) return node.map((n) => fromTemplate(n, vals, names));
  if (node && typeof node === "object") {
    const slot = (node as { [VALUE_SLOT]?: string })[VALUE_SLOT];
    if (slot !== undefined) return vals[slot];
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = fromTemplate(v, vals, names);
    return out;
  }
  return node;
}

function cached(parser: Parser): Parser["parse"] {
  const parse = parser.parse.bind(parser);
  const templates = new Map<string, Template>();
  const serve = (template: Template, context: ParseContext, standInsOf: Record<string, string>) => {
    for (const n of template.usedNames) delete context.unusedAttrNames?.[n];
    for (const v of template.usedVals) delete context.unusedAttrVals?.[v];
    const names = new Map<string, string>();
    for (const [k, standIn] of Object.entries(standInsOf)) names.set(standIn, context.attrNames?.[k] ?? "");
    return fromTemplate(template.ast, context.attrVals ?? {}, names);
  };
  return (input, options) => {
    const context = options.context;
    const names = context.attrNames ?? {};
    if (VALUE_DEPENDENT.test(input) || Object.values(names).some((v) => typeof v !== "string" || v === ""))
      return parse(input, options);
    const standInsOf = standIns(names);
    const key = keyOf(input, context, standInsOf);
    const known = templates.get(key);
    if (known) return serve(known, context, standInsOf);
    const trial: ParseContext = {
      ...context,
      attrNames: standInsOf,
      unusedAttrNames: { ...context.unusedAttrNames },
      unusedAttrVals: { ...context.unusedAttrVals },
    };
    let ast: unknown;
    try {
      ast = parse(input, { context: trial });
    } catch {
      return parse(input, options);
    }
    // A string is dynalite's answer for an invalid expression: parsed again as it is, for its own words.
    if (typeof ast !== "object" || ast === null) return parse(input, options);
    const slotOf = new Map<unknown, string>();
    for (const [k, v] of Object.entries(context.attrVals ?? {})) slotOf.set(v, k);
    let template: Template;
    try {
      template = {
        ast: toTemplate(ast, slotOf, objectsInside(context.attrVals, new Set())),
        usedNames: Object.keys(context.unusedAttrNames ?? {}).filter((n) => !trial.unusedAttrNames?.[n]),
        usedVals: Object.keys(context.unusedAttrVals ?? {}).filter((v) => !trial.unusedAttrVals?.[v]),
      };
    } catch {
      return parse(input, options);
    }
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(key, template);
    return serve(template, context, standInsOf);
  };
}

/**
 * Makes dynalite's three expression parsers (condition, update, projection) serve repeated expressions from
 * templates. dynalite looks each parser's `parse` up on every call, so this takes effect however early
 * dynalite was loaded. Idempotent.
 */
export function cacheExpressionParses(requireFrom: (id: string) => unknown): void {
  for (const name of ["conditionParser", "updateParser", "projectionParser"]) {
    const parser = requireFrom(`dynalite/db/${name}`) as Parser & { cached?: boolean };
    if (parser.cached) continue;
    parser.parse = cached(parser);
    parser.cached = true;
  }
}
