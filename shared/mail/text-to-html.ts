export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

const URL_RE = /https?:\/\/[^\s<>"']+/g;
// Punctuation that ends a sentence rather than the link: "see https://x.dev." links https://x.dev.
const TRAILING = /[.,;:!?)\]}]+$/;

/** One line of text as HTML: every character escaped, http(s) URLs as links. */
function lineToHtml(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_RE)) {
    const url = match[0].replace(TRAILING, "");
    const start = match.index;
    html += escapeHtml(line.slice(last, start));
    html +=
      url.length > "https://".length
        ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>`
        : escapeHtml(url);
    last = start + url.length;
  }
  return html + escapeHtml(line.slice(last));
}

/**
 * The HTML part of a plain-text email: a paragraph per blank-line block, line breaks kept, links
 * clickable. Built from the text rather than rendered separately so both parts always say the same thing
 * and nothing a candidate or contact typed can become markup.
 */
export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block) => `<p>${block.split("\n").map(lineToHtml).join("<br>\n")}</p>`)
    .join("\n");
}
