/**
 * The weight an Accept or Accept-Encoding header gives the best of `names` (lower case: media types or
 * codings), from 0 to 1; undefined when it names none of them. A name without `q` weighs 1, and `q=0` is
 * a refusal (RFC 9110 12.4.2): a header that names a thing is not enough to take it.
 */
export function headerWeight(header: string, names: readonly string[]): number | undefined {
  let best: number | undefined;
  for (const entry of header.split(",")) {
    const [name = "", ...params] = entry.split(";").map((part) => part.trim().toLowerCase());
    if (!names.includes(name)) continue;
    const q = params.find((param) => /^q\s*=/.test(param));
    const parsed = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/, ""));
    // An unreadable weight counts as a refusal rather than a yes.
    const weight = Number.isFinite(parsed) ? Math.min(Math.max(parsed, 0), 1) : 0;
    best = Math.max(best ?? 0, weight);
  }
  return best;
}
