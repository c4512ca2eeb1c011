import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { extractVisibleText } from "../../../../shared/inbound/extract-visible-text.js";
import { parseInboundEmail } from "../../../../shared/inbound/parse-inbound-email.js";

// Hand-written replies from the common clients in eleven languages (test/fixtures/inbound-regression/
// human-reply/handwritten-*.eml); the manifest gives the text each person wrote above the quoted history.
const dir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../../fixtures/inbound-regression",
);
const replies = (
  JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8")) as Array<{
    file: string;
    expected: { kind: string; visibleText?: string };
  }>
).filter((e) => e.expected.visibleText !== undefined);

describe("replies in any language", () => {
  it("covers the languages and clients asked for, wrapped attributions included", () => {
    const names = replies.map((r) => path.basename(r.file));
    for (const lang of ["en", "de", "fr", "es", "pt", "it", "nl", "ru", "pl", "ja", "zh"])
      expect(names.some((n) => n.startsWith(`handwritten-${lang}-`))).toBe(true);
    expect(names.filter((n) => n.includes("wrapped")).length).toBeGreaterThanOrEqual(5);
  });

  it.each(replies.map((r) => [path.basename(r.file), r] as const))(
    "%s: only what the person wrote reaches the candidate",
    async (_name, entry) => {
      const email = await parseInboundEmail(readFileSync(path.join(dir, entry.file)));
      if (email.kind !== "parsed") throw new Error(email.reason);
      expect(classifyInboundEmail(email).kind).toBe("reply");
      expect(email.visibleText).toBe(entry.expected.visibleText);
      expect(email.visibleText).not.toMatch(/@|Sam Lee|payments platform/);
    },
  );
});

// Public reply texts (test/fixtures/reply-text/PROVENANCE.md): each starts with the same five lines.
const textDir = path.resolve(dir, "../reply-text");
const publicTexts = readdirSync(textDir).filter((f) => f.startsWith("crisp-") && f.endsWith(".txt"));

describe("public reply texts (crisp-oss/email-reply-parser fixtures)", () => {
  it.each(publicTexts)("%s keeps only the five lines the person wrote", (file) => {
    const text = readFileSync(path.join(textDir, file), "utf8").replace(/\r\n/g, "\n");
    const written = text.split("\n").slice(0, 5).join("\n");
    expect(extractVisibleText(text)).toBe(written);
  });
});

describe("attribution lines", () => {
  it.each([
    ["Russian Android, wrapped", "1 дек. 2026 г., в 9:02, пользователь Sam Lee\n<sam@x.example> написал:"],
    ["Gmail, wrapped inside the brackets", "On Tue, Dec 1, 2026 at 9:02 AM Sam Lee <\nsam@x.example> wrote:"],
    ["Chinese Gmail", "Sam Lee <sam@x.example> 于2026年12月1日周二 09:02写道："],
    ["Japanese Gmail, no verb", "2026年12月1日(火) 9:02 Sam Lee <sam@x.example>:"],
    ["Dutch Gmail, verb first", "Op di 1 dec. 2026 om 09:02 schreef Sam Lee <sam@x.example>:"],
    ["Polish Thunderbird", "W dniu 1.12.2026 o 09:02, Sam Lee pisze:"],
  ])("%s is cut with the quote below it", (_name, attribution) => {
    expect(extractVisibleText(`Yes, Thursday works.\n\n${attribution}\n\n> Hi\n> Sam`)).toBe(
      "Yes, Thursday works.",
    );
  });

  it("a reply's last line just above an attribution stays in the reply", () => {
    const text =
      "Yes, Thursday works.\nSee you at 10:30\nOn Tue, Dec 1, 2026 at 9:02 AM Sam <sam@x.example> wrote:\n> Hi";
    expect(extractVisibleText(text)).toBe("Yes, Thursday works.\nSee you at 10:30");
  });

  it("a sentence ending in 'wrote:' without a date, an address or a quote below is the person's own text", () => {
    const text = "Here is what our CEO wrote:\nWe are growing the platform team next year.";
    expect(extractVisibleText(text)).toBe(text);
  });

  it("an interleaved reply drops the wrapped attribution and the quotes", () => {
    const text =
      "1 дек. 2026 г., в 9:02, пользователь Sam Lee\n<sam@x.example> написал:\n> Are you free Monday?\nДа.\n> And Tuesday?\nНет.";
    expect(extractVisibleText(text)).toBe("Да.\nНет.");
  });
});
