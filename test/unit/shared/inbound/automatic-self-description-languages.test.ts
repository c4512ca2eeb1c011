import { describe, expect, it } from "vitest";
import { describesItselfAsAutomatic } from "../../../../shared/inbound/automatic-self-description.js";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { parsePlainMail } from "../../../support/parse-plain-mail.js";

// Out-of-office notices in languages beyond en, de, fr, es, pt, it, nl, pl, ru, ja and zh, as a server that
// strips Auto-Submitted, X-Autoreply and Precedence delivers them: nothing but their words says they are
// automatic, and read as a person's answer they stop the chain.
const classify = async (subject: string, body: string) =>
  classifyInboundEmail(await parsePlainMail(subject, body));

const QUOTE =
  "\n\nOn Mon, Nov 30, 2026 at 9:00 AM Sam Lee <sam@candidate.example> wrote:\n> Hi Dana, thank you for your time yesterday.\n";

// What each responder says of itself, as the first sentence of its notice.
const SELF_DESCRIPTIONS: Array<[string, string]> = [
  ["sv", "Detta är ett automatiskt svar. Jag är tillbaka den 4 januari."],
  ["sv", "Det här är ett automatiskt meddelande."],
  ["da", "Dette er et automatisk svar. Jeg er tilbage den 4. januar."],
  ["no", "Dette er en automatisk melding. Jeg er tilbake 4. januar."],
  ["no", "Dette er et automatisk generert svar."],
  ["fi", "Tämä on automaattinen vastaus. Palaan toimistolle 4.1.2027."],
  ["fi", "Tämä viesti on lähetetty automaattisesti."],
  ["cs", "Toto je automatická odpověď. Vrátím se 4. 1. 2027."],
  ["cs", "Tato zpráva byla vygenerována automaticky."],
  ["sk", "Toto je automatická odpoveď. Vrátim sa 4. 1. 2027."],
  ["sk", "Táto správa bola automaticky vygenerovaná."],
  ["hu", "Ez egy automatikus válasz. Január 4-én visszatérek."],
  ["hu", "Ez egy automatikusan generált üzenet."],
  ["ro", "Acesta este un răspuns automat. Revin pe 4 ianuarie."],
  ["ro", "Acest mesaj a fost generat automat."],
  ["tr", "Bu otomatik bir yanıttır. 4 Ocak'ta döneceğim."],
  ["tr", "Bu e-posta otomatik olarak gönderilmiştir."],
  ["el", "Αυτή είναι μια αυτόματη απάντηση. Θα επιστρέψω στις 4 Ιανουαρίου."],
  ["el", "Αυτό είναι ένα αυτόματο μήνυμα."],
  ["uk", "Це автоматична відповідь. Я повернуся 4 січня."],
  ["uk", "Це повідомлення надіслано автоматично."],
  ["ko", "이 메일은 자동 회신 메일입니다. 1월 4일에 복귀합니다."],
  ["ko", "본 메일은 자동으로 발송된 메일입니다."],
  ["he", "זוהי תשובה אוטומטית. אחזור ב-4 בינואר."],
  ["he", "הודעה זו נשלחה באופן אוטומטי."],
  ["ar", "هذا رد تلقائي. سأعود في 4 يناير."],
  ["ar", "هذه رسالة تلقائية."],
  ["id", "Ini adalah balasan otomatis. Saya akan kembali pada 4 Januari."],
  ["id", "Email ini dikirim secara otomatis."],
  ["ms", "Ini adalah balasan automatik. Saya akan kembali pada 4 Januari."],
  ["vi", "Đây là thư trả lời tự động. Tôi sẽ quay lại vào ngày 4/1."],
  ["vi", "Email này được gửi tự động."],
];

describe("describesItselfAsAutomatic in more languages", () => {
  it.each(SELF_DESCRIPTIONS)("%s: %j describes itself as automatic", (_lang, text) => {
    expect(describesItselfAsAutomatic(text)).toBe(true);
    expect(describesItselfAsAutomatic(`Hej,\n\n${text}`)).toBe(true);
  });

  it.each(SELF_DESCRIPTIONS)("%s: %j above a quote is an auto_reply", async (_lang, text) => {
    expect((await classify("Re: Thank you", `${text}${QUOTE}`)).kind).toBe("auto_reply");
  });

  // A person thanking for, or mentioning, an automatic message: no sentence describes this one.
  it.each([
    ["sv", "Tack för den automatiska påminnelsen! Vi hörs på fredag."],
    ["da", "Tak for den automatiske påmindelse. Vi vender tilbage på fredag."],
    ["fi", "Kiitos automaattisesta muistutuksesta, palaamme asiaan perjantaina."],
    ["cs", "Díky za automatickou připomínku, ozveme se v pátek."],
    ["hu", "Köszönöm az automatikus emlékeztetőt, pénteken jelentkezünk."],
    ["ro", "Mulțumesc pentru mementoul automat, revenim vineri."],
    ["tr", "Otomatik hatırlatma için teşekkürler, cuma günü dönüş yapacağız."],
    ["el", "Ευχαριστώ για την αυτόματη υπενθύμιση, θα σας απαντήσουμε την Παρασκευή."],
    ["uk", "Дякую за автоматичне нагадування, ми відповімо в п'ятницю."],
    ["ko", "자동 알림 감사합니다. 금요일까지 연락드리겠습니다."],
    ["he", "תודה על התזכורת האוטומטית, נחזור אליך ביום שישי."],
    ["ar", "شكرا على التذكير التلقائي، سنعود إليك يوم الجمعة."],
    ["id", "Terima kasih atas pengingat otomatisnya, kami kabari hari Jumat."],
    ["vi", "Cảm ơn bạn về lời nhắc tự động, chúng tôi sẽ trả lời vào thứ Sáu."],
    ["sv", 'Jag fick bara "Detta är ett automatiskt svar" från Lenas adress, så jag skickar det vidare.'],
  ])("%s: %j is a reply", async (_lang, text) => {
    expect(describesItselfAsAutomatic(text)).toBe(false);
    expect((await classify("Re: Thank you", `${text}${QUOTE}`)).kind).toBe("reply");
    expect((await classify("Re: Thank you", `${text}\n`)).kind).toBe("reply");
  });
});
