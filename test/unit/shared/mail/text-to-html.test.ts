import { describe, expect, it } from "vitest";
import { textToHtml } from "../../../../shared/mail/text-to-html.js";

describe("textToHtml", () => {
  it("makes a paragraph per blank-line block and keeps single line breaks", () => {
    expect(textToHtml("Hi Ann,\n\nLine one\nline two\r\n \r\nBye")).toBe(
      "<p>Hi Ann,</p>\n<p>Line one<br>\nline two</p>\n<p>Bye</p>",
    );
  });

  it("escapes every character that means something in HTML", () => {
    expect(textToHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      "<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;</p>",
    );
  });

  it("links http(s) URLs, leaving sentence punctuation out of the link", () => {
    expect(textToHtml("See https://x.dev/a?b=1&c=2. Or (https://y.dev)!")).toBe(
      '<p>See <a href="https://x.dev/a?b=1&amp;c=2">https://x.dev/a?b=1&amp;c=2</a>. Or (<a href="https://y.dev">https://y.dev</a>)!</p>',
    );
  });

  it("keeps a closing parenthesis that belongs to the URL, and leaves out one that closes the sentence's", () => {
    expect(textToHtml("My talk: https://en.wikipedia.org/wiki/Rust_(programming_language)")).toBe(
      '<p>My talk: <a href="https://en.wikipedia.org/wiki/Rust_(programming_language)">https://en.wikipedia.org/wiki/Rust_(programming_language)</a></p>',
    );
    expect(textToHtml("(see https://en.wikipedia.org/wiki/Rust_(language)).")).toBe(
      '<p>(see <a href="https://en.wikipedia.org/wiki/Rust_(language)">https://en.wikipedia.org/wiki/Rust_(language)</a>).</p>',
    );
  });

  it("leaves CJK and full-width punctuation after a URL out of the link", () => {
    expect(textToHtml("作品はこちら：https://example.com/zoe。よろしくお願いします")).toBe(
      '<p>作品はこちら：<a href="https://example.com/zoe">https://example.com/zoe</a>。よろしくお願いします</p>',
    );
    expect(textToHtml("（https://example.com/zoe）、https://github.com/zoe，谢谢")).toBe(
      '<p>（<a href="https://example.com/zoe">https://example.com/zoe</a>）、<a href="https://github.com/zoe">https://github.com/zoe</a>，谢谢</p>',
    );
  });

  it("does not link other schemes, nor let a URL break out of its attribute", () => {
    expect(textToHtml(`javascript:alert(1) https://x.dev/"onmouseover="a`)).toBe(
      '<p>javascript:alert(1) <a href="https://x.dev/">https://x.dev/</a>&quot;onmouseover=&quot;a</p>',
    );
  });
});
