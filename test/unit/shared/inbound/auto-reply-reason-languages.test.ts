import { describe, expect, it } from "vitest";
import { classifyInboundEmail } from "../../../../shared/inbound/classify-inbound-email.js";
import { parsePlainMail } from "../../../support/parse-plain-mail.js";

// Out-of-office notices in languages beyond en, de, fr, es, pt, it, nl, pl, ru, ja and zh, as a server that
// strips Auto-Submitted, X-Autoreply and Precedence delivers them: nothing but their words says they are
// automatic, and read as a person's answer they stop the chain.
const classify = async (subject: string, body: string) =>
  classifyInboundEmail(await parsePlainMail(subject, body));

describe("first-person out-of-office wording in more languages", () => {
  it.each([
    ["sv", "Hej! Jag är på semester till och med 4 januari och läser inte min e-post."],
    ["sv", "Jag är för närvarande inte på kontoret. Vid brådskande ärenden, kontakta hr@acme.example."],
    ["da", "Jeg er på ferie indtil 4. januar og har ikke adgang til min mail."],
    ["da", "Jeg holder ferie til og med 4. januar."],
    ["no", "Jeg er ikke på kontoret før 4. januar. Ved hastesaker, kontakt hr@acme.example."],
    ["no", "Takk for e-posten. Jeg har ferie frem til 4. januar."],
    ["fi", "Olen lomalla 4.1. asti enkä lue sähköpostiani."],
    ["fi", "Kiitos viestistäsi. Olen poissa toimistolta 4.1.2027 saakka."],
    ["cs", "Dobrý den, jsem na dovolené do 4. 1. 2027."],
    ["cs", "Do 4. ledna jsem mimo kancelář s omezeným přístupem k e-mailu."],
    ["sk", "Dobrý deň, som na dovolenke do 4. 1. 2027."],
    ["sk", "Momentálne som mimo kancelárie."],
    ["hu", "Köszönöm levelét. Szabadságon vagyok január 4-ig."],
    ["hu", "Jelenleg házon kívül vagyok, e-mailjeimet korlátozottan olvasom."],
    ["ro", "Bună ziua, sunt în concediu până pe 4 ianuarie."],
    ["ro", "În prezent sunt în afara biroului."],
    ["tr", "Merhaba, 4 Ocak'a kadar yıllık izindeyim."],
    ["tr", "Şu anda ofis dışındayım ve e-postalarıma sınırlı erişimim var."],
    ["el", "Βρίσκομαι εκτός γραφείου έως τις 4 Ιανουαρίου."],
    ["el", "Καλησπέρα σας, είμαι σε άδεια μέχρι τις 4 Ιανουαρίου."],
    ["uk", "Доброго дня! Я у відпустці до 4 січня."],
    ["uk", "Наразі я перебуваю поза офісом з обмеженим доступом до пошти."],
    ["ko", "안녕하세요. 현재 휴가 중입니다. 1월 4일에 복귀합니다."],
    ["ko", "부재중이오니 급한 용무는 hr@acme.example로 연락 주시기 바랍니다."],
    ["he", "שלום, אני מחוץ למשרד עד 4 בינואר."],
    ["he", "אני בחופשה עד 4 בינואר ואחזור אליך בהקדם."],
    ["ar", "مرحبا، أنا خارج المكتب حتى 4 يناير."],
    ["ar", "أنا حاليًا في إجازة وسأعود في 4 يناير."],
    ["id", "Terima kasih atas email Anda. Saya sedang cuti hingga 4 Januari."],
    ["id", "Saat ini saya sedang berada di luar kantor."],
    ["ms", "Terima kasih atas e-mel anda. Saya sedang bercuti sehingga 4 Januari."],
    ["ms", "Saya berada di luar pejabat sehingga 4 Januari."],
    ["vi", "Xin chào, tôi đang nghỉ phép đến hết ngày 4/1."],
    ["vi", "Hiện tại tôi không có mặt tại văn phòng."],
  ])("%s: %j is an auto_reply", async (_lang, body) => {
    expect((await classify("Re: Thank you", `${body}\n`)).kind).toBe("auto_reply");
  });

  // A person's answer that mentions a holiday: past, someone else's, or a question about one.
  it.each([
    ["sv", "Förlåt för sent svar, jag var på semester förra veckan. Vi bestämmer oss på fredag."],
    ["da", "Undskyld det sene svar, jeg var på ferie. Vi beslutter os på fredag."],
    ["fi", "Pahoittelen myöhäistä vastausta, olin lomalla. Päätämme perjantaina."],
    ["cs", "Omlouvám se za pozdní odpověď, byl jsem na dovolené. Rozhodneme se v pátek."],
    ["sk", "Prepáčte neskorú odpoveď, bola som na dovolenke. Rozhodneme sa v piatok."],
    ["hu", "Elnézést a késésért, szabadságon voltam. Pénteken döntünk."],
    ["ro", "Scuze pentru întârziere, am fost în concediu. Decidem vineri."],
    ["tr", "Geç cevap için kusura bakmayın, izindeydim. Cuma günü karar vereceğiz."],
    ["el", "Συγγνώμη για την καθυστέρηση, ήμουν σε άδεια. Θα αποφασίσουμε την Παρασκευή."],
    ["uk", "Вибачте за затримку, я був у відпустці. Ми вирішимо в п'ятницю."],
    ["ko", "지난주 휴가 중이라 답장이 늦었습니다. 금요일까지 결정하겠습니다."],
    ["he", "סליחה על העיכוב, הייתי בחופשה. נחליט ביום שישי."],
    ["ar", "آسف على التأخير، كنت في إجازة. سنقرر يوم الجمعة."],
    ["id", "Maaf terlambat membalas, minggu lalu saya cuti. Kami putuskan hari Jumat."],
    ["vi", "Xin lỗi vì trả lời muộn, tuần trước tôi đã nghỉ phép. Chúng tôi sẽ quyết định vào thứ Sáu."],
    ["sv", "Lena är på semester, så jag tar över din process. Vi hörs på fredag."],
    ["de", "Schönen Urlaub gehabt? Wir entscheiden am Freitag."],
  ])("%s: %j is a reply", async (_lang, body) => {
    expect((await classify("Re: Thank you", `${body}\n`)).kind).toBe("reply");
  });
  // A person's short answer above a signature that says when they are away: below the sign-off, the words
  // are the signature's, not what this message says.
  it.each([
    [
      "sv",
      "Tack, vi hörs nästa vecka.\n\nMed vänliga hälsningar\nRekryteringsteamet\nJag är inte på kontoret på fredagar.\n",
    ],
    [
      "da",
      "Tak, vi vender tilbage i næste uge.\n\nMed venlig hilsen\nRekrutteringsteamet\nJeg er ikke på kontoret om fredagen.\n",
    ],
    [
      "fi",
      "Kiitos, palaamme asiaan ensi viikolla.\n\nYstävällisin terveisin\nRekrytointitiimi\nOlen lomalla perjantaisin.\n",
    ],
    ["cs", "Děkuji, ozveme se příští týden.\n\nS pozdravem\nNáborový tým\nV pátek jsem mimo kancelář.\n"],
    [
      "tr",
      "Teşekkürler, gelecek hafta dönüş yapacağız.\n\nSaygılarımla\nİK Ekibi\nCuma günleri ofis dışındayım.\n",
    ],
    [
      "uk",
      "Дякую, ми відповімо наступного тижня.\n\nЗ повагою\nКоманда рекрутингу\nПо п'ятницях я не в офісі.\n",
    ],
    ["he", "תודה, נחזור אליך בשבוע הבא.\n\nבברכה\nצוות הגיוס\nבימי שישי אני מחוץ למשרד.\n"],
    [
      "id",
      "Terima kasih, kami kabari minggu depan.\n\nSalam\nTim Rekrutmen\nSetiap Jumat saya sedang berada di luar kantor.\n",
    ],
  ])("%s: a short answer whose signature mentions being away is a reply", async (_lang, body) => {
    expect((await classify("Re: Thank you", body)).kind).toBe("reply");
  });
});
