import { builtOnFirstUse } from "./built-on-first-use.js";

// What an automatic reply says of itself, in the languages responders are set up in: en, de, fr, es, pt, it,
// nl, pl, ru, ja, zh, and sv, da/no, fi, cs/sk, hu, ro, tr, el, uk, ko, he, ar, id/ms, vi (as their mail
// servers' and people's notices open: "Detta är ett automatiskt svar", "Tämä on automaattinen vastaus"). No person says it of their own answer; a person may quote it ("I got 'This is an
// automatic reply' from Dana"), so it counts only where a sentence starts.
export const SELF_DESCRIPTION = builtOnFirstUse(
  () =>
    new RegExp(
      `(?:^|[.!?。！？,:：،؟]\\s*)(?:${[
        "this is an? (automated|automatic|auto-generated|automatically generated) (reply|response|message|e-?mail|notification)",
        "this (e-?mail|message|reply|response) (is|was|has been) (an automatic|an automated|automatically (generated|sent))",
        "(i apologi[sz]e for|sorry for) this (automatic|automated|auto-generated) (reply|response|message)",
        // An unmonitored or closed mailbox saying so of itself ("my old address is not monitored" is a person).
        "((please |kindly )?note,? (that )?)?this (mailbox|inbox|e-?mail address|e-?mail account|e-?mail|address|account) is (no longer|not) (being )?(monitored|in use|active|checked|attended|read)",
        "(dies|das) ist eine (automatische|automatisch (generierte|erstellte|versandte|versendete)) (antwort|nachricht|e-mail|mail|benachrichtigung)",
        "diese (e-mail|nachricht|antwort) wurde automatisch (generiert|erstellt|versendet|verschickt|versandt)",
        "ceci est (une|un) (réponse|message|e-mail|courriel) (automatique|généré automatiquement)",
        "(ce|cet) (message|e-mail|courriel) (a été|est) (généré|envoyé) automatiquement",
        "(este|esta) es (un|una) (mensaje|respuesta|correo) (automático|automática|generad[oa] automáticamente)",
        "este (mensaje|correo) (ha sido|fue|se ha|es) (generado|enviado) automáticamente",
        "(esta|este) é (uma|um) (resposta|mensagem|e-mail) (automática|automático|gerad[ao] automaticamente)",
        "(esta mensagem|este e-mail) (foi|é) (gerad[ao]|enviad[ao]) automaticamente",
        "questa è una risposta automatica|questo è un messaggio (automatico|generato automaticamente)",
        "questo messaggio (è stato )?(generato|inviato) automaticamente",
        "dit is een (automatisch (antwoord|bericht|gegenereerd bericht)|automatische (reactie|e-mail))",
        "dit bericht is automatisch (gegenereerd|verzonden|verstuurd)",
        "to jest (automatyczna (odpowiedź|wiadomość)|wiadomość (wygenerowana|wysłana) automatycznie)",
        "ta wiadomość (została )?(wygenerowana|wysłana) automatycznie",
        "это автоматическ(ий ответ|ое сообщение|ое письмо)",
        "(この|本)(メール|メッセージ)は.{0,8}自動(返信|送信|配信|応答)",
        "自動(返信|応答)(メール|メッセージ)?です",
        "(这是|這是|此为|此為|本邮件为|本郵件為|此邮件为|此郵件為)(一封)?(系统|系統)?自动(回复|答复|发送|生成)|(這是|此為|本郵件為)(一封)?(系統)?自動(回覆|回復|發送|產生)",
        "(detta|det här) är ett automatiskt (genererat )?(svar|meddelande)",
        "(detta|det här) (meddelande|mejl) (är|har) (automatiskt (genererat|skickat)|skickats automatiskt)",
        "dette er e[nt] automatisk(t|e)? (generer(e|)t )?(svar|besked|melding|e-?mail|e-post)",
        "denne (besked|melding|e-?mail|e-post) (er|blev|ble) (automatisk (genereret|generert|sendt)|sendt automatisk)",
        "tämä on automaattinen (vastaus|viesti)|tämä (viesti|sähköposti) on (lähetetty|luotu) automaattisesti",
        "toto je automatick[áy] (generovan[áa] )?(odpov[ěe]ď|zpráva|správa)",
        "(tato|táto) (zpráva|správa) (byla|bola) (automaticky ((vy)?generov[aá]n[aá]|od[eo]sl[aá]n[aá])|((vy)?generov[aá]n[aá]|od[eo]sl[aá]n[aá]) automaticky)",
        "ez egy automatikus(an (generált|küldött))? (válasz|üzenet|levél|e-mail)",
        "acesta este un (r[ăa]spuns|mesaj) (generat )?automat|acest (mesaj|e-mail) (a fost|este) (generat|trimis) automat",
        "bu (bir )?otomatik (bir )?(yan[ıi]t|cevap|mesaj|e-posta|ileti)|bu (e-posta|mesaj|ileti) otomatik olarak (g[öo]nderil|olu[şs]turul)",
        "αυτή είναι μια αυτόματη (απάντηση|ειδοποίηση)|αυτό είναι ένα (αυτόματο|αυτοματοποιημένο) μήνυμα|αυτό το μήνυμα (δημιουργήθηκε|στάλθηκε|εστάλη) αυτόματα",
        "це автоматичн(а відповідь|е повідомлення|ий лист)|(це|цей) (повідомлення|лист) (було )?(надісла|створе|згенерова)н[оий]й? автоматично",
        "(이|본) ?(이?메일|메시지)[은는] 자동|자동 ?(응답|회신|발송) ?(메일|메시지)입니다",
        "(זוהי|זו|זאת) (תשובה|הודעה) אוטומטית|זהו (מענה|מסר) אוטומטי|(הודעה|תשובה) זו (נשלחה|נוצרה) (באופן )?אוטומטי",
        "هذ[اه] (ال)?(رد|رسالة|بريد) (ال)?(تلقائي|آلي)|(تم إرسال|أرسلت) هذه الرسالة (تلقائي|آلي)",
        "ini (adalah )?(balasan|pesan|email|e-?mel|mesej|jawapan) (otomatis|automatik)|(email|e-?mel|pesan|mesej) ini (dikirim|dihantar|dibuat|dijana) secara (otomatis|automatik)",
        "đây là (thư|email|tin nhắn|phản hồi)( trả lời)? tự động|(email|thư|tin nhắn) này (đã )?được (gửi|tạo) tự động",
      ].join("|")})`,
      "iu",
    ),
);

// A word every phrase above has in it, with the same flags: automat- (and the Greek and Cyrillic αυτ-, автомат-),
// otomati-, the unmonitored mailbox's "is no(t)", 自動/自动, 자동, אוטומטי, تلقائي, آلي, tự động. A lead without one
// cannot match, and then SELF_DESCRIPTION is not compiled: with `iu` that takes 10-30 ms of CPU, paid by the
// Lambda's first mail, which is most often a person's answer. A phrase added above needs its word here too
// (automatic-self-description-word.test.ts draws phrases from the pattern and fails on one without).
const SELF_DESCRIPTION_WORD = /auto|otomati|is no|автомат|αυτ|自動|自动|자동|אוטומטי|تلقائي|آلي|tự động/iu;

// A greeting on its own paragraph ("Hello,", "Sehr geehrte Damen und Herren,") comes before the notice.
const GREETING = /^[^.!?。！？\n]{0,60}[,:，：]?$/;
const LEAD_CHARS = 300;

/**
 * True when the text's opening describes the message as automatic ("This is an automatic reply", "Dies ist
 * eine automatische Antwort", "Ceci est une réponse automatique", "本メールは自動返信です"). Only its first
 * paragraph counts (after a greeting on its own): a footer an applicant tracking system adds under a
 * recruiter's answer ("This is an automated message from Acme's hiring system") is no self-description.
 */
export function describesItselfAsAutomatic(visibleText: string): boolean {
  const lead = selfDescriptionLead(visibleText);
  return SELF_DESCRIPTION_WORD.test(lead) && SELF_DESCRIPTION().test(lead);
}

/** The text's first paragraph (with the next, after a greeting on its own), white space collapsed, cut short. */
export function selfDescriptionLead(visibleText: string): string {
  const paragraphs = visibleText
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const first = paragraphs[0] ?? "";
  const lead = GREETING.test(first) ? `${first} ${paragraphs[1] ?? ""}` : first;
  return lead.replace(/\s+/g, " ").slice(0, LEAD_CHARS);
}
