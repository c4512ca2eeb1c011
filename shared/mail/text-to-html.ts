export function escapeHtml(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

// A URL ends at CJK and full-width punctuation too (。、，）「…), which no URL holds as such: Chinese and
// Japanese put no space after a link, and "https://x.dev/zoe。よろしく" linked the whole sentence.
const URL_RE = /https?:\/\/[^\s<>"'\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]+/g;
// Punctuation that ends a sentence rather than the link: "see https://x.dev." links https://x.dev.
const TRAILING = /[.,;:!?\]}]$/;

const count = (s: string, c: string) => s.split(c).length - 1;

/**
 * The link without the sentence's punctuation after it. A closing parenthesis is the sentence's only when
 * the URL has no opening one for it: "(see https://x.dev)" ends at x.dev, while
 * https://en.wikipedia.org/wiki/Rust_(language) keeps its own.
 */
function withoutTrailingPunctuation(url: string): string {
  // Counted once and kept up to date: a forwarded message's "https://x.dev))))..." costs one pass.
  let unopened = count(url, ")") - count(url, "(");
  let end = url.length;
  for (;;) {
    const last = url[end - 1] ?? "";
    if (TRAILING.test(last)) end -= 1;
    else if (last === ")" && unopened > 0) {
      end -= 1;
      unopened -= 1;
    } else return url.slice(0, end);
  }
}

/** One line of text as HTML: every character escaped, http(s) URLs as links. */
function lineToHtml(line: string): string {
  let html = "";
  let last = 0;
  for (const match of line.matchAll(URL_RE)) {
    const url = withoutTrailingPunctuation(match[0]);
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
