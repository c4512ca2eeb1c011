import { type MustacheTag, mustacheTags } from "./mustache-tags.js";
import { isPlaceholderName, PLACEHOLDER_NAMES } from "./template-placeholders.js";

const KNOWN = `known placeholders: ${PLACEHOLDER_NAMES.join(", ")}`;

/** The first tag, in document order, that a template may not use (closing tags were matched by the parse). */
function problemIn(tags: readonly MustacheTag[]): string | undefined {
  for (const { type, value } of tags) {
    switch (type) {
      case "!":
      case "/":
        continue;
      case "name":
        if (!isPlaceholderName(value)) return `uses {{${value}}}, which is not a placeholder (${KNOWN})`;
        continue;
      case "#":
      case "^":
        if (!isPlaceholderName(value))
          return `has a section {{${type}${value}}}, which is not a placeholder (${KNOWN})`;
        continue;
      case "&":
        // Unescaped output is how a value could smuggle markup into the HTML part.
        return `must not use unescaped output ({{{${value}}}} or {{&${value}}}); write {{${value}}}`;
      case ">":
        return `must not include partials ({{>${value}}})`;
      case "=":
        return "must not change the {{ }} delimiters";
      default:
        return `has an unsupported tag {{${type}${value}}}`;
    }
  }
  return undefined;
}

/**
 * Why a candidate's template cannot be used, or `undefined` when it can: it must parse, and use only the
 * documented placeholders, plain `{{name}}` output and sections over them. No partials, no unescaped
 * output, no delimiter changes, so that what the API accepts always renders the same way at send time.
 */
export function findTemplateProblem(template: string): string | undefined {
  let tags: MustacheTag[];
  try {
    // Read as mustache parses it (mustache-tags.ts), without bundling mustache into the routes that only check.
    tags = mustacheTags(template);
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return `is not a valid template: ${message.replace(/ at \d+$/, "")}`;
  }
  return problemIn(tags);
}
