// Reply and forward prefixes as clients write them: en, de (AW, WG), nl (Antw), sv/da/no (SV, VS), fr (TR),
// es/pt (RV, RES, ENC), it (R, RIF, I), pl (Odp, PD), tr (YNT), fi (VL), and CJK clients' own. A CJK prefix
// counts only at the start or after a separator, so "自动回复:" (an automatic reply) is not cut.
const PREFIX =
  /(^|[\s:：\]])((re|aw|sv|vs|antw|odp|pd|ynt|rif|res|r|fwd?|wg|tr|rv|enc|vl|i)(\[\d+\]|\(\d+\))?\s*[:：]|(回复|回覆|答复|返信|转发|轉寄)\s*[:：])/i;

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
