import Mustache from "mustache";
import { isPlaceholderName, PLACEHOLDER_NAMES } from "./template-placeholders.js";

type Token = [string, string, number, number, ...unknown[]];

const KNOWN = `known placeholders: ${PLACEHOLDER_NAMES.join(", ")}`;

function problemIn(tokens: readonly Token[]): string | undefined {
  for (const token of tokens) {
    const [type, value] = token;
    switch (type) {
      case "text":
      case "!":
        continue;
      case "name":
        if (!isPlaceholderName(value)) return `uses {{${value}}}, which is not a placeholder (${KNOWN})`;
        continue;
      case "#":
      case "^": {
        if (!isPlaceholderName(value))
          return `has a section {{${type}${value}}}, which is not a placeholder (${KNOWN})`;
        const inner = problemIn((token[4] ?? []) as Token[]);
        if (inner) return inner;
        continue;
      }
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
  let tokens: Token[];
  try {
    // A fresh writer: the default one caches every template it parses, and these come from users.
    tokens = new Mustache.Writer().parse(template) as Token[];
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return `is not a valid template: ${message.replace(/ at \d+$/, "")}`;
  }
  return problemIn(tokens);
}
