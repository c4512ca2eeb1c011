/** An attribute value as DynamoDB JSON or the SDK gives it (`{ S: "x" }`, `{ M: {...} }`, binary as base64 or bytes). */
export type AttributeJson = Record<string, unknown>;
/** An item: attribute names to values. */
export type ItemJson = Record<string, AttributeJson>;

const utf8 = (s: string) => Buffer.byteLength(s, "utf8");

function binaryBytes(b: unknown): number {
  if (b instanceof Uint8Array) return b.byteLength;
  return typeof b === "string" ? Buffer.from(b, "base64").byteLength : 0;
}

/** A number: 1 byte per two significant digits (leading and trailing zeros trimmed), plus 1. */
function numberBytes(n: unknown): number {
  const digits = String(n)
    .replace(/[eE].*$/, "")
    .replace(/[^0-9]/g, "")
    .replace(/^0+/, "")
    .replace(/0+$/, "");
  return Math.ceil(Math.max(1, digits.length) / 2) + 1;
}

/** One value's size by DynamoDB's documented item-size rules (lists and maps: 3 bytes, plus 1 per element). */
export function attributeBytes(value: AttributeJson): number {
  const [type, v] = Object.entries(value)[0] ?? ["NULL", true];
  switch (type) {
    case "S":
      return utf8(String(v));
    case "N":
      return numberBytes(v);
    case "B":
      return binaryBytes(v);
    case "BOOL":
    case "NULL":
      return 1;
    case "SS":
      return (v as string[]).reduce((n, s) => n + utf8(s), 0);
    case "NS":
      return (v as string[]).reduce((n, s) => n + numberBytes(s), 0);
    case "BS":
      return (v as unknown[]).reduce<number>((n, b) => n + binaryBytes(b), 0);
    case "L":
      return (v as AttributeJson[]).reduce((n, e) => n + 1 + attributeBytes(e), 3);
    case "M":
      return Object.entries(v as ItemJson).reduce((n, [k, e]) => n + 1 + utf8(k) + attributeBytes(e), 3);
    default:
      return 0;
  }
}

/**
 * An item's size as DynamoDB bills it: each attribute's name (UTF-8) plus its value
 * (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/CapacityUnitCalculations.html).
 */
export function itemBytes(item: ItemJson): number {
  return Object.entries(item).reduce((n, [name, v]) => n + utf8(name) + attributeBytes(v), 0);
}
