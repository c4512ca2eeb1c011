import { describe, expect, it } from "vitest";
import { decodeHtmlEntities } from "../../../../shared/inbound/decode-html-entities.js";

describe("decodeHtmlEntities", () => {
  it("decodes the markup-significant names, in either case where HTML allows it", () => {
    expect(decodeHtmlEntities("&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos; &AMP; &LT;x&GT;")).toBe(
      `<b> & "q" 'a' & <x>`,
    );
  });

  it("decodes Latin-1 names with their case: &Eacute; is not &eacute;", () => {
    expect(decodeHtmlEntities("&Eacute;t&eacute; &Agrave; &szlig; &yuml; &nbsp;|&iexcl;")).toBe(
      "Été À ß ÿ \u00a0|¡",
    );
  });

  it("decodes the punctuation and symbols mail clients write", () => {
    expect(
      decodeHtmlEntities(
        "&ldquo;Hi&rdquo; &lsquo;x&rsquo; &ndash; &mdash; &hellip; &euro;5 &trade; &bull; &rArr; &alpha;&Omega;",
      ),
    ).toBe("“Hi” ‘x’ – — … €5 ™ • ⇒ αΩ");
  });

  it("decodes numeric references, decimal and hex; 128-159 mean windows-1252 characters", () => {
    expect(decodeHtmlEntities("&#33; &#x2019; &#X1F600; &#146;&#128;&#150;")).toBe("! ’ 😀 ’€–");
  });

  it("drops invalid code points rather than make a broken string", () => {
    expect(decodeHtmlEntities("a&#0;b&#xD800;c&#1114112;d")).toBe("abcd");
  });

  it("leaves unknown names, missing semicolons and bare ampersands as written", () => {
    expect(decodeHtmlEntities("&nosuch; &amp &; AT&T &#;")).toBe("&nosuch; &amp &; AT&T &#;");
  });
});
