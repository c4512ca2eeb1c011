import { type TemplatePiece, templatePieces } from "./template-pieces.js";
import { isPlaceholderName, PLACEHOLDER_NAMES } from "./template-placeholders.js";

const KNOWN = `known placeholders: ${PLACEHOLDER_NAMES.join(", ")}`;

function problemOf(piece: TemplatePiece): string | undefined {
  if ("text" in piece) return undefined;
  const { type, name } = piece;
  switch (type) {
    case "name":
      return isPlaceholderName(name) ? undefined : `uses {{${name}}}, which is not a placeholder (${KNOWN})`;
    case "#":
    case "^":
      return isPlaceholderName(name)
        ? undefined
        : `has a section {{${type}${name}}}, which is not a placeholder (${KNOWN})`;
    case "&":
      // Unescaped output is how a value could smuggle markup into the HTML part.
      return `must not use unescaped output ({{{${name}}}} or {{&${name}}}); write {{${name}}}`;
    case ">":
      return `must not include partials ({{>${name}}})`;
    case "=":
      return "must not change the {{ }} delimiters";
    default:
      // A comment ("!"); a section's end is not a piece.
      return undefined;
  }
}

/** Whether the template can write anything but blanks: some text, or a placeholder's value. */
const writesWords = (piece: TemplatePiece) =>
  "text" in piece ? piece.text.trim() !== "" : piece.type === "name";

/**
 * Why a candidate's template cannot be used, or `undefined` when it can: it must parse, and use only the
 * documented placeholders, plain `{{name}}` output and sections over them, and write something (text or
 * a placeholder) besides comments and blanks. No partials, no unescaped output, no delimiter changes, so
 * that what the API accepts always renders the same way at send time. Read by our own scanner of
 * mustache's grammar (template-pieces.ts): mustache renders in the sender only.
 */
export function findTemplateProblem(template: string): string | undefined {
  let pieces: TemplatePiece[];
  try {
    pieces = templatePieces(template);
  } catch (err) {
    return `is not a valid template: ${(err as Error).message}`;
  }
  for (const piece of pieces) {
    const problem = problemOf(piece);
    if (problem) return problem;
  }
  // It would send nothing, whatever the interview: a blank subject or body (the default's is used then).
  // A template that is all blanks is the schemas' "must not be empty", not said twice.
  if (template.trim() !== "" && !pieces.some(writesWords))
    return "has no words: it would always render as nothing";
  return undefined;
}
