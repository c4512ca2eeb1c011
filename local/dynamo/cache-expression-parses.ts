/**
 * dynalite parses every expression of every request with a PEG parser (~a fifth of the emulator thread's CPU
 * under bench:load), though the service sends a handful of expressions over and over. This keeps each
 * parse that succeeded as a template and serves the same expression again from it: the AST with the
 * request's own attribute values put back where the parser had put its values (by reference, as the
 * parser does), and the same names and values marked used. A parse may depend on the values only through
 * their types (operand type checks: in the key) and, for BETWEEN and attribute_type, on their content:
 * expressions naming either are never cached. Errors are never cached: they are parsed every time.
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

function keyOf(input: string, context: ParseContext): string {
  const vals = context.attrVals ?? {};
  const types = Object.keys(vals).map((k) => `${k}=${typeOf(vals[k] ?? {})}`);
  return JSON.stringify([input, context.isKeyCondition === true, context.attrNames ?? null, types]);
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
  if (Array.isArray(node)) return node.map((n) => toTemplate(n, slotOf, parts));
  if (node && typeof node === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = toTemplate(v, slotOf, parts);
    return out;
  }
  return node;
}

/** A fresh AST from a template, with `vals` in its slots. */
function fromTemplate(node: unknown, vals: Record<string, unknown>): unknown {
  if (Array.isArray(node)) return node.map((n) => fromTemplate(n, vals));
  if (node && typeof node === "object") {
    const slot = (node as { [VALUE_SLOT]?: string })[VALUE_SLOT];
    if (slot !== undefined) return vals[slot];
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) out[k] = fromTemplate(v, vals);
    return out;
  }
  return node;
}

function cached(parser: Parser): Parser["parse"] {
  const parse = parser.parse.bind(parser);
  const templates = new Map<string, Template>();
  return (input, options) => {
    const context = options.context;
    if (VALUE_DEPENDENT.test(input)) return parse(input, options);
    const key = keyOf(input, context);
    const known = templates.get(key);
    if (known) {
      for (const n of known.usedNames) delete context.unusedAttrNames?.[n];
      for (const v of known.usedVals) delete context.unusedAttrVals?.[v];
      return fromTemplate(known.ast, context.attrVals ?? {});
    }
    const unusedNames = new Set(Object.keys(context.unusedAttrNames ?? {}));
    const unusedVals = new Set(Object.keys(context.unusedAttrVals ?? {}));
    const ast = parse(input, options);
    // A string is dynalite's answer for an invalid expression (a thrown SyntaxError is one too).
    if (typeof ast === "string" || ast === null || typeof ast !== "object") return ast;
    const slotOf = new Map<unknown, string>();
    for (const [k, v] of Object.entries(context.attrVals ?? {})) slotOf.set(v, k);
    let template: unknown;
    try {
      template = toTemplate(ast, slotOf, objectsInside(context.attrVals, new Set()));
    } catch {
      return ast;
    }
    if (templates.size >= MAX_TEMPLATES) templates.clear();
    templates.set(key, {
      ast: template,
      usedNames: [...unusedNames].filter((n) => !context.unusedAttrNames?.[n]),
      usedVals: [...unusedVals].filter((v) => !context.unusedAttrVals?.[v]),
    });
    return ast;
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
