import Mustache from "mustache";
import type { PlaceholderValues } from "./template-placeholders.js";

/** `{"candidate.name": "x"}` as `{candidate: {name: "x"}}`, the shape mustache's dotted names look up. */
function viewOf(values: PlaceholderValues): Record<string, unknown> {
  const view: Record<string, Record<string, string> | string> = {};
  for (const [name, value] of Object.entries(values)) {
    const [head = "", tail] = name.split(".", 2);
    if (tail === undefined) view[head] = value;
    else {
      const group = view[head];
      view[head] = { ...(typeof group === "object" ? group : {}), [tail]: value };
    }
  }
  return view;
}

/**
 * Renders a (validated) template as plain text: values go in verbatim, since the HTML part is made from
 * this text and escapes everything, template wording and values alike. Blank-line runs left by empty
 * sections collapse to one, so a missing sentence never leaves a gap.
 */
export function renderTemplate(template: string, values: PlaceholderValues): string {
  // A fresh writer: the default one caches every template it parses, and these come from users.
  const rendered = new Mustache.Writer().render(template, viewOf(values), {}, { escape: String });
  return rendered
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t]+$/gm, "")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
