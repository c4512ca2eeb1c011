// Reply and forward prefixes as clients write them: en, de (AW, WG), nl (Antw), sv/da/no (SV, VS, VB), fr
// (TR), es/pt (RV, RES, ENC), it (R, RIF, I), pl (Odp, PD), tr (YNT, İLT), fi (VL), hu (Vá), id (BLS), el
// (ΑΠ, ΣΧΕΤ, ΠΡΘ), he (השב, הועבר), ar (رد), ko (회신, 전달, 답장), and CJK clients' own (the list of email
// subject abbreviations on Wikipedia). These count only at the start or after a separator, so "自动回复:"
// and "자동 회신:" (an automatic reply) are not cut.
const PREFIX =
  /(^|[\s:：\]])((re|aw|sv|vs|vb|antw|odp|pd|ynt|[iİ]lt|rif|res|r|fwd?|wg|tr|rv|enc|vl|i|vá|bls|απ|σχετ|πρθ)(\[\d+\]|\(\d+\))?\s*[:：]|(回复|回覆|答复|返信|转发|轉寄|השב|הועבר|رد|(?<!자동\s?)(회신|답장)|전달)\s*[:：])/i;

/**
 * The words of a subject that the sender wrote: what comes before the first reply or forward prefix. After
 * "Re:" comes the subject being answered, which is ours ("Re: Thank you for the Leave of Absence Specialist
 * interview"): words there say nothing about the message in hand.
 */
export function subjectOwnWords(subject: string): string {
  const m = PREFIX.exec(subject);
  if (!m) return subject;
  return subject.slice(0, m.index + (m[1]?.length ?? 0));
}
