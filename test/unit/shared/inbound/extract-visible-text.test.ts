import { describe, expect, it } from "vitest";
import { extractVisibleText } from "../../../../shared/inbound/extract-visible-text.js";
import { htmlToPlainText } from "../../../../shared/inbound/html-to-plain-text.js";

describe("extractVisibleText", () => {
  it.each([
    [
      "-----Original Message-----",
      "Yes, Thursday works.\n\n-----Original Message-----\nFrom: Sam\nSent: Monday\n\nHi",
    ],
    [
      "Outlook From/Sent block",
      "Yes, Thursday works.\n\nFrom: Sam Candidate <sam@x.example>\nSent: Monday, December 7, 2026 9:00 AM\nTo: Jane\n\nHi",
    ],
    [
      "German Outlook block",
      "Yes, Thursday works.\n\nVon: Sam Candidate <sam@x.example>\nGesendet: Montag, 7. Dezember 2026 09:00\n\nHallo",
    ],
    [
      "French attribution",
      "Yes, Thursday works.\n\nLe mar. 1 déc. 2026 à 09:02, Sam <sam@x.example> a écrit :\n> Bonjour",
    ],
    ["Apple forward", "Yes, Thursday works.\n\nBegin forwarded message:\n\nFrom: Sam"],
  ])("cuts at %s", (_name, text) => {
    expect(extractVisibleText(text)).toBe("Yes, Thursday works.");
  });

  it("keeps interleaved answers and drops the quotes", () => {
    expect(extractVisibleText("> Are you free Monday?\nYes.\n> And Tuesday?\nNo.")).toBe("Yes.\nNo.");
  });

  it("a message that is nothing but a quote has no visible text", () => {
    expect(extractVisibleText("> only a quote")).toBe("");
  });
  it("a line longer than any person types is broken up, not cut short", () => {
    const line = "1234567890".repeat(1000);
    const visible = extractVisibleText(
      `${line}\n\nOn Tue, Dec 1, 2026 at 9:02 AM Sam <sam@x.example> wrote:\n> Hi`,
    );
    expect(visible.replace(/\n/g, "")).toBe(line);
    expect(visible.split("\n").every((l) => l.length <= 4000)).toBe(true);
  });
});

describe("htmlToPlainText", () => {
  it("drops scripts, styles and tags, decodes entities, quotes blockquotes", () => {
    const html =
      '<html><head><style>p{}</style><script>alert("x")</script></head><body><p>Hi &amp; thanks&#33;</p><div>See you&nbsp;soon</div><blockquote>old <b>text</b></blockquote></body></html>';
    expect(htmlToPlainText(html)).toBe("Hi & thanks!\n\nSee you soon\n\n> old text");
  });

  it("survives invalid code points", () => {
    expect(htmlToPlainText("a&#xD800;b&#9999999;c")).toBe("abc");
  });

  it("reads hostile markup as text: unclosed hidden elements, comments and lone angle brackets", () => {
    // Each of these is searched for once, not once per occurrence: thousands of them stay linear.
    expect(htmlToPlainText(`${"<style>".repeat(2000)}kept`)).toBe("kept");
    const unclosedComments = `a${"<!--".repeat(2000)} b`;
    expect(htmlToPlainText(unclosedComments) === unclosedComments).toBe(true);
    expect(htmlToPlainText("a <!-- never closed > b")).toBe("a b");
    expect(htmlToPlainText(`${"<".repeat(2000)}x`)).toBe(`${"<".repeat(2000)}x`);
    expect(htmlToPlainText("<p>1 < 2</p><p>and 3 > 2</p>")).toBe("1 < 2\n\nand 3 > 2");
  });

  it("a hidden element closes at its own end tag, whatever the case; text after it stays", () => {
    expect(htmlToPlainText('<Script type="x">a</b>c</SCRIPT >shown<title>t</title>')).toBe("shown");
  });

  it("nests quote prefixes, up to eight", () => {
    expect(htmlToPlainText("<blockquote>one<blockquote>two</blockquote></blockquote>after")).toBe(
      "> one\n> > two\n\nafter",
    );
    expect(htmlToPlainText(`${"<blockquote>".repeat(5000)}deep`)).toBe(`${"> ".repeat(8)}deep`);
  });
});
