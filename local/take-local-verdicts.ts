/** The SPF, DKIM and DMARC verdicts SES would put in a receipt event: PASS, FAIL, GRAY, PROCESSING_FAILED. */
export interface LocalVerdicts {
  spf: string;
  dkim: string;
  dmarc: string;
}

export const LOCAL_VERDICTS_HEADER = "X-Local-Verdicts";

const VALUES = new Set(["PASS", "FAIL", "GRAY", "PROCESSING_FAILED"]);
const KEYS = new Set(["spf", "dkim", "dmarc"]);
const FIELD = /^x-local-verdicts[ \t]*:/i;

/**
 * Reads and removes the `X-Local-Verdicts: spf=fail; dkim=fail; dmarc=fail` header field, which only the
 * local SMTP listener honours, so a test can play a message whose sender fails authentication. The rest of
 * the message is kept byte for byte. Unnamed verdicts are absent (the caller's defaults apply); a value
 * that is not a verdict is an error naming it.
 */
export function takeLocalVerdicts(
  raw: Buffer,
): { raw: Buffer; verdicts: Partial<LocalVerdicts> } | { error: string } {
  const text = raw.toString("latin1");
  const match = /\r?\n\r?\n/.exec(text);
  // The header section with the line break of its last field; the rest starts with the empty line.
  const headEnd = match ? match.index + (match[0].startsWith("\r\n") ? 2 : 1) : text.length;
  const lines = text.slice(0, headEnd).split(/(?<=\n)/);
  const kept: string[] = [];
  const verdicts: Partial<LocalVerdicts> = {};
  let inField = false;
  let found = false;
  for (const line of lines) {
    if (inField && /^[ \t]/.test(line)) {
      const error = readPairs(line, verdicts);
      if (error) return { error };
      continue;
    }
    inField = FIELD.test(line);
    if (inField) {
      found = true;
      const error = readPairs(line.replace(FIELD, ""), verdicts);
      if (error) return { error };
      continue;
    }
    kept.push(line);
  }
  if (!found) return { raw, verdicts };
  return { raw: Buffer.from(kept.join("") + text.slice(headEnd), "latin1"), verdicts };
}

function readPairs(value: string, into: Partial<LocalVerdicts>): string | undefined {
  for (const pair of value.split(";")) {
    const trimmed = pair.trim();
    if (!trimmed) continue;
    const [key = "", verdict = ""] = trimmed.split("=").map((s) => s.trim());
    const name = key.toLowerCase();
    const status = verdict.toUpperCase();
    if (!KEYS.has(name)) return `${LOCAL_VERDICTS_HEADER}: unknown check "${key}" (spf, dkim, dmarc)`;
    if (!VALUES.has(status)) {
      return `${LOCAL_VERDICTS_HEADER}: ${name} must be pass, fail, gray or processing_failed, not "${verdict}"`;
    }
    into[name as keyof LocalVerdicts] = status;
  }
  return undefined;
}
