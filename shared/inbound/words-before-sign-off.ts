// Closing words on a line of their own, in the languages the out-of-office wording covers ("Terima kasih",
// "תודה" and "감사합니다" also open a notice, so they are left out).
const CLOSING =
  /^[-–—\s]*((best|kind|warm|many|warmest)\s+)?(regards|wishes|thanks|thank you|cheers|sincerely|yours|best|br|rgds|talk soon|take care|mit freundlichen gr(ü|ue)(ß|ss)en|(viele|beste|liebe) gr(ü|ue)(ß|ss)e|gru(ß|ss)|lg|cordialement|bien à vous|(un )?saludos?( cordiales)?|atentamente|atenciosamente|abraços|cumprimentos|(cordiali |distinti )?saluti|met vriendelijke groet(en)?|groeten|pozdrawiam|z poważaniem|с уважением|(med )?vänliga? hälsningar|(med )?venn?lig(e|st)? hils(en|ner)|mvh|(ystävällisin |parhain )?terveisin|s pozdravem|s pozdravom|üdvözlettel|tisztelettel|cu (stimă|stima|drag)|saygılarımla|με εκτίμηση|з повагою|בברכה|مع (التحية|تحياتي)|تحياتي|salam|hormat saya|trân trọng|thân mến)[\s,.!]*$/i;

/**
 * What comes before the sender signs off: the text up to the first line that is only closing words
 * ("Best,", "Mit freundlichen Grüßen") or the sender's own name ("Jane", "- Jane Doe"), when something was
 * said above it. A signature or disclaimer below ("I am out of the office on Fridays") is not what the
 * message says.
 */
export function wordsBeforeSignOff(visibleText: string, senderName = ""): string {
  const name = senderName.replace(/["']/g, "").trim().toLowerCase();
  const first = name.split(/\s+/)[0] ?? "";
  const lines = visibleText.split(/\r?\n/);
  let said = false;
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? "").trim();
    const bare = line.replace(/^[-–—\s]+|[\s,.!]+$/g, "").toLowerCase();
    // "Thank you!" on its own opens an out-of-office ("Hello, / Thank you! / I am away..."); "Thanks," closes.
    const exclaimedThanks = /^(many )?(thanks|thank you)\s*!/i.test(line);
    const signs =
      (CLOSING.test(line) && !exclaimedThanks) || (first.length > 1 && (bare === first || bare === name));
    if (said && signs) return lines.slice(0, i).join("\n");
    if (line !== "") said = true;
  }
  return visibleText;
}
