import { builtOnFirstUse } from "./built-on-first-use.js";

/**
 * Help desks' "request received" wording, in the languages their default notices come in (Zendesk's trigger,
 * Freshdesk's new-ticket reply, OTRS's auto-response, Jira Service Management, ServiceNow): en, de, fr, es,
 * pt, it, nl, pl, ja, zh. The text is matched with its whitespace collapsed to single spaces.
 */

// A ticket or case number and its label: "#48213", "Ticket: 48213", "Ticket-Nr. 48213", "n° 12345",
// "Ticketnummer 48213", "受付番号：48213", "(HR-123)", "[SR-77]", "（#12345）" (not an area code: "(415) 555-0100").
const ID = "[a-z]{0,10}-?\\d{3,}\\b";
// Labels only help desks put on a number: with one, a number anywhere in the clause is the ticket's.
const HELP_DESK_NUMBER = [
  `\\b(ticket|case|incident|sr|chamado|protocolo|vorgang)[-\\s]*(no\\.?|nr\\.?|n[°º.]|number|nummer|numer|número|numero|numéro|id)?\\s*[:#]?\\s*${ID}`,
  `\\b(ticketnummer|vorgangsnummer|fallnummer)\\s*[:#]?\\s*${ID}`,
  "(受付番号|お問い合わせ番号|問い合わせ番号|チケット番号|工单号|工单编号|工單編號)\\s*[:：]?\\s*\\d{3,}",
];
export const TICKET_REFERENCE = new RegExp(
  [
    ...HELP_DESK_NUMBER,
    `[#＃]\\s?${ID}`,
    `\\b(request|req|zgłoszeni[ea])[-\\s]*(no\\.?|nr\\.?|n[°º.]|number|nummer|numer|id)?\\s*[:#]?\\s*${ID}`,
    `\\b(nr|n[°º]|n\\.º|núm|número|numero|numéro|nummer|numer)\\.?\\s*[:#]?\\s*${ID}`,
    "[(（]\\s*[#＃]?\\d{3,}\\s*[)）](?!\\s?\\d)",
    "[([][a-z]{2,10}-\\d{1,7}[)\\]]",
  ].join("|"),
  "i",
);

// What a request, inquiry or message is called, in each language.
const REQUEST_NOUNS = [
  "request|inquiry|enquiry|incident",
  "anfrage|supportanfrage|serviceanfrage|nachricht|e-mail|email|mail|meldung",
  "demande|requête|requete|message|courriel",
  "solicitud|petición|peticion|consulta|mensaje|correo|incidente|incidencia",
  "solicitação|solicitacao|pedido|requisição|requisicao|mensagem",
  "richiesta|segnalazione|messaggio",
  "aanvraag|vraag|verzoek|melding|bericht",
  "zgłoszenie|zapytanie|wiadomość",
  "お問い合わせ|お問合せ|問い合わせ|ご依頼|リクエスト",
  "请求|請求|咨询|諮詢|问题|問題|反馈|反饋|邮件|郵件|来信|來信",
].join("|");
// A number right after the noun: "request (#12345)", "Anfrage 12345", "demande n° 12345", "request HR-123"; in
// brackets, not an area code ("(021) 5555-1234").
const LABEL =
  "(?:[#＃]\\s?|(?:nr|no|n[°º.]|n\\.º|núm|número|numero|numéro|nummer|numer|number|id)\\.?\\s?[:#]?\\s?)?";
const NUM = `(?:[(（]\\s?${LABEL}[a-z]{0,10}-?\\d{3,}\\s?[)）](?!\\s?\\d)|${LABEL}[a-z]{0,10}-?\\d{3,}(?!\\d))`;

/**
 * The request's own number: right after its noun, or labelled as a help desk's ("Ticket-Nr. 48213",
 * "受付番号：48213"). A number further off is something else ("your message about position #4521").
 */
export const REQUEST_NUMBER = builtOnFirstUse(
  () => new RegExp(`(${REQUEST_NOUNS})\\s?${NUM}|${HELP_DESK_NUMBER.join("|")}`, "iu"),
);

// A help desk's label in place of a number, at the start of its subject ("Ticket Received - ...",
// "Anfrage erhalten: ...", "Demande reçue : ...", "受付完了").
export const TICKET_SUBJECT_LABEL = new RegExp(
  `^\\s*[[【]?(${[
    "(ticket|request|case|support request) (received|created|opened|logged)\\b",
    "(ticket|anfrage|supportanfrage) (erhalten|eingegangen|erstellt|angelegt|eröffnet)",
    "(ticket|demande) (reçue?|créée?|ouverte?|enregistrée?)",
    "(ticket|solicitud|caso|incidente) (recibid[ao]|cread[ao]|abiert[ao]|registrad[ao])",
    "(ticket|chamado|solicitação|pedido) (recebid[ao]|criad[ao]|abert[ao]|registrad[ao])",
    "(ticket|richiesta) (ricevut[ao]|creat[ao]|apert[ao]|registrat[ao])",
    "(ticket|aanvraag|melding) (ontvangen|aangemaakt|geopend)",
    "zgłoszenie (przyjęte|zarejestrowane|utworzone)",
    "(お問い合わせ|問い合わせ)?受付(完了|のお知らせ)",
    "(工单|工單)已?(创建|建立|受理)",
  ].join("|")})`,
  "i",
);

// Within one clause: no sentence end, but "Nr. 48213" and "n.º 12345" keep their dots.
const CLAUSE = (n: number) => `(?:[^.!?。！？]|\\.(?=\\S|\\s\\d)){0,${n}}?`;
const C = CLAUSE(60);
// After "we have received your request": its number, when it has one.
const REST = `(?:\\s?${NUM})?`;
// Not inside a word, for words that may start with a letter outside ASCII ("è stato").
const START = "(?<![\\p{L}\\p{N}])";

/**
 * A ticket or case being logged: "A ticket has been created", "Es wurde ein Ticket angelegt", "Un ticket a été
 * créé", "Se ha creado el ticket", "O chamado foi aberto", "È stato aperto il ticket", "Er is een ticket
 * aangemaakt", "工单已创建". Counts with a number in it or in the subject's own words (people rarely write of
 * tickets being logged, and a help desk tags its subject). Global: every phrase of a text is weighed.
 */
export const TICKET_LOGGED = builtOnFirstUse(
  () =>
    new RegExp(
      [
        "(support |service )?(ticket|case)( \\(?(#\\s?|no\\.? |number |id )?[a-z]{0,10}-?\\d{3,}\\)?)? (has been|have been|was|is) (received|created|opened|logged|submitted|registered|raised)\\b",
        `(support-?)?(ticket|vorgang)\\b${C}\\b(ist|wurde|wird) ${C}(erstellt|angelegt|eröffnet|erfasst|registriert|aufgenommen)`,
        `\\bwurde (ein|das|ihr|dein) (neues )?(support-?)?ticket\\b${C}(erstellt|angelegt|eröffnet|erfasst|registriert)`,
        `\\bticket\\b${C}(a été|est) (bien )?(créé|ouvert|enregistré)`,
        `\\b(nous avons|on a) (bien )?(créé|ouvert|enregistré) (un|le|votre) ticket`,
        `\\b(ticket|caso)\\b${C}(ha sido|fue|se ha) (cread|abiert|registrad)[oa]`,
        "\\bse ha (creado|abierto|registrado) (el|un|su) (ticket|caso)",
        `\\b(ticket|chamado|protocolo)\\b${C}(foi|está) (criad|abert|registad|registrad)[oa]`,
        "\\bfoi (criado|aberto|registrado|registado) (o|um) (ticket|chamado|protocolo)",
        `\\bticket\\b${C}${START}(è|e'|é) stato (creato|aperto|registrato)`,
        `${START}(è|e'|é) stato (creato|aperto|registrato) (il|un) ticket`,
        `\\bticket\\b${C}\\b(is|werd) ${C}(aangemaakt|geopend|geregistreerd)`,
        "\\ber is (een|uw|je) (nieuw )?ticket",
        `\\bticket\\b${C}(został|zostało) (utworzony|utworzone|zarejestrowany|zarejestrowane|przyjęty|przyjęte)`,
        `(チケット)${CLAUSE(20)}(が|を)(作成|発行|登録|起票)(されました|しました|いたしました)`,
        `(工单|工單)${CLAUSE(20)}已(被)?(创建|建立|生成|受理|提交|登记|登記)`,
        "(已为您|已為您|已经为您|已經為您)(创建|建立|生成)了?(工单|工單)",
      ].join("|"),
      "giu",
    ),
);

/**
 * A request, inquiry or message being received or logged: "Your request (#12345) has been received", "Ihre
 * Anfrage ist unter der Ticket-Nr. 48213 eingegangen", "Nous avons bien reçu votre demande n° 12345",
 * "Hemos recibido su solicitud #48213", "お問い合わせ（#12345）を受け付けました", "您的请求 (#12345) 已收到".
 * People write these words too ("I received your email", "Votre demande a bien été reçue"): it counts only
 * with the request's own number in the same clause (REQUEST_NUMBER). Global: every phrase of a text is weighed.
 */
export const REQUEST_LOGGED = builtOnFirstUse(
  () =>
    new RegExp(
      [
        `\\b(support |service )?(request|inquiry|enquiry|incident)\\b${C}\\b(has been|have been|was|is) (received|created|opened|logged|submitted|registered|raised)\\b`,
        `\\b(ihre|ihr|deine|dein|eine) (support-?|service-?)?(anfrage|nachricht|e-mail|email|mail|meldung)\\b${C}\\b(ist|wurde) ${C}(eingegangen|empfangen|erhalten|erfasst|registriert|aufgenommen)`,
        `\\bwir haben (ihre|ihr|deine|dein) (anfrage|nachricht|e-mail|email|mail|meldung)\\b${C}(erhalten|empfangen)`,
        `\\b(votre|ta) (demande|requête|requete|message|e-mail|email|courriel)\\b${C}(a été|est) (bien )?(reçue?|enregistrée?|prise? en compte)`,
        `\\bnous (avons (bien )?(reçu|enregistré)|accusons (bonne )?réception de) (votre|ta) (demande|requête|requete|message|e-mail|email|courriel)${REST}`,
        `\\b(su|tu) (solicitud|petición|peticion|consulta|mensaje|correo)\\b${C}(ha sido|fue|se ha) (recibid|registrad|cread)[oa]`,
        `\\bhemos (recibido|registrado) (su|tu) (solicitud|petición|peticion|consulta|mensaje|correo)${REST}`,
        `\\bse ha (abierto|creado|registrado) (el|la|un|una|su) (incidente|incidencia|solicitud)${REST}`,
        `\\b(sua|seu|tua|teu) (solicitação|solicitacao|pedido|requisição|requisicao|mensagem|e-mail|email)${C}(foi|está) (recebid|registrad|registad|criad)[oa]`,
        `\\brecebemos (a sua |o seu |sua |seu |a tua |o teu )?(solicitação|solicitacao|pedido|requisição|requisicao|mensagem|e-mail|email)${REST}`,
        `\\b(sua|tua) (richiesta|segnalazione|email|e-mail|mail)${C}${START}(è|e'|é) stata (ricevuta|registrata|presa in carico)`,
        `\\babbiamo ricevuto (la sua|la tua|il suo|il tuo) (richiesta|segnalazione|email|e-mail|messaggio)${REST}`,
        `\\b(uw|je|jouw) (aanvraag|vraag|verzoek|melding|bericht|e-mail|mail)\\b${C}\\b(is|werd) ${C}(ontvangen|geregistreerd|in behandeling genomen)`,
        `\\b(wij|we) hebben (uw|je|jouw) (aanvraag|vraag|verzoek|melding|bericht|e-mail|mail)${C}(ontvangen|geregistreerd)`,
        `\\b(zgłoszenie|zapytanie|wiadomość)${C}(zostało|została) (przyjęte|przyjęta|zarejestrowane|zarejestrowana|odebrane|odebrana|otrzymane|otrzymana)`,
        `\\botrzymaliśmy (twoje|twoją|pana|pani|państwa) (zgłoszenie|zapytanie|wiadomość)${REST}`,
        `(お問い合わせ|お問合せ|問い合わせ|ご依頼|リクエスト)${CLAUSE(30)}(を|が)?(受け付けました|受付いたしました|受け付けいたしました|承りました|受付しました)`,
        `(请求|請求|咨询|諮詢|问题|問題|反馈|反饋|邮件|郵件|来信|來信)${CLAUSE(30)}已(被)?(收到|受理|登记|登記|提交|记录|記錄)`,
        `(我们|我們)已(经|經)?收到(您|你)的(请求|請求|咨询|諮詢|问题|問題|反馈|反饋|邮件|郵件|来信|來信)${REST}`,
      ].join("|"),
      "giu",
    ),
);
