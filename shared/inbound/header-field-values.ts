import { type Address, addressParser, decodeWords, type HeaderLine } from "postal-mime";
import type { InboundAddress } from "./inbound-email.js";
import { repairWindows1252 } from "./repair-windows-1252.js";

/** The mailboxes of every occurrence of an address header (group members included), in order. */
export function addressList(values: string[]): InboundAddress[] {
  const out: InboundAddress[] = [];
  const visit = (entries: Address[]): void => {
    for (const e of entries) {
      if (e.group) visit(e.group);
      else if (e.address)
        out.push({ address: e.address.toLowerCase(), name: repairWindows1252(e.name ?? "") });
    }
  };
  for (const value of values) visit(addressParser(value));
  return out;
}

/** A Message-ID as `<id>`: angle brackets added where they are missing; undefined when empty. */
export function messageIdFormat(value: string | undefined): string | undefined {
  const v = value === undefined ? "" : decodeWords(value).trim();
  if (v === "") return undefined;
  return `${v.startsWith("<") ? "" : "<"}${v}${v.endsWith(">") ? "" : ">"}`;
}

/** The raw, unfolded values of every occurrence of the given header fields, in order. */
export function rawHeaderValues(lines: ReadonlyArray<HeaderLine>, key: string): string[] {
  return lines
    .filter((l) => l.key === key)
    .map((l) =>
      l.line
        .slice(l.line.indexOf(":") + 1)
        .replace(/\r?\n[ \t]+/g, " ")
        .trim(),
    );
}
