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

/** Whether the tokens can write anything but blanks: some text, or a placeholder's value. */
function writesWords(tokens: readonly Token[]): boolean {
  return tokens.some(([type, value, , , inner]) =>
    type === "text"
      ? value.trim() !== ""
      : type === "name" || ((type === "#" || type === "^") && writesWords((inner ?? []) as Token[])),
  );
}

/**
 * Why a candidate's template cannot be used, or `undefined` when it can: it must parse, and use only the
 * documented placeholders, plain `{{name}}` output and sections over them, and write something (text or
 * a placeholder) besides comments and blanks. No partials, no unescaped output, no delimiter changes, so
 * that what the API accepts always renders the same way at send time.
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
  const problem = problemIn(tokens);
  if (problem) return problem;
  // It would send nothing, whatever the interview: a blank subject or body (the default's is used then).
  // A template that is all blanks is the schemas' "must not be empty", not said twice.
  if (template.trim() !== "" && !writesWords(tokens))
    return "has no words: it would always render as nothing";
  return undefined;
}
