import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { STEP_KINDS, type Step } from "../../../../shared/domain/step.js";
import { composeStepEmail, type StepLinks } from "../../../../shared/mail/compose-step-email.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import {
  everyKind,
  HEADER_BREAKERS,
  HOSTILE,
  htmlWithoutOurTags,
  LONG_NAME,
  stepOf,
} from "./mail-fixtures.js";

useFixedSystemTime();

const LINKS: StepLinks = {
  replyTo: "r-01abc-s1-0123456789abcdef0123@reply.followups.test",
  unsubscribeUrl: "https://api.followups.test/unsubscribe/tok123",
  manageUrl: "https://app.followups.test/interviews/01abc",
};

const headerNames = (email: { headers: { name: string }[] }) => email.headers.map((h) => h.name);

function expectNoHeaderInjection(email: ReturnType<typeof composeStepEmail>): void {
  expect(email.subject).not.toMatch(HEADER_BREAKERS);
  expect(email.fromName).not.toMatch(HEADER_BREAKERS);
  for (const p of [...email.to, ...email.cc]) {
    expect(p.name).not.toMatch(HEADER_BREAKERS);
    expect(p.email).not.toMatch(HEADER_BREAKERS);
  }
  for (const h of email.headers) {
    // What SES accepts in a custom header: printable ASCII, at most 870 characters.
    expect(h.value).toMatch(/^[ -~]{1,870}$/);
    expect(h.name).toMatch(/^[!-9;-~]+$/);
  }
}

describe("composeStepEmail: every kind, sent on the candidate's behalf", async () => {
  const interview = await everyKind();

  it("has a step of every kind to render", () => {
    expect(new Set(interview.steps.map((s) => s.kind))).toEqual(new Set(STEP_KINDS));
  });

  it.each(interview.steps.map((s) => [s.id, s.kind, s] as const))(
    "%s %s: escapes every value in HTML and keeps headers single-line",
    (_, __, step) => {
      const email = composeStepEmail(interview, step, LINKS);

      expectNoHeaderInjection(email);
      expect(email.html).not.toContain("<script>");
      expect(htmlWithoutOurTags(email.html)).not.toMatch(/[<>"]/);
      expect(email.text.trim().length).toBeGreaterThan(0);
      expect(email.text).not.toMatch(/\{\{|\}\}/);
      expect(email.html).toMatch(/^<p>/);
    },
  );

  it("thank-you: to the interviewer by first name, with the role, topics, links and signature", () => {
    const email = composeStepEmail(interview, stepOf(interview, "thank_you"), LINKS);

    expect(email.fromName).toBe(`Zoë Ñúñez 李小龍 <script>&"' (via Followups)`);
    expect(email.to).toEqual([{ name: "Ann O'Brien 🎉", email: "ann@acme.test" }]);
    expect(email.cc).toEqual([{ name: HOSTILE.candidate.name, email: "zoe@example.com" }]);
    expect(email.replyTo).toEqual([LINKS.replyTo]);
    expect(email.subject).toBe(`Thank you for the Staff "Engineer" <script>alert(1)</script> interview`);
    expect(email.text).toBe(
      `${[
        "Hi Ann,",
        `Thank you for taking the time to speak with me about the Staff "Engineer" <script>alert(1)</script> role at Acme & <Sons> 🚀. I especially enjoyed our conversation about caching, sharding & <queues>, on-call (24/7)! and what's next?.`,
        "I'm very excited about the opportunity and would be glad to answer any further questions.",
        "You can find more of my work here: https://example.com/zoe?a=1&b=2 https://github.com/zoe",
        `Best regards,\nZoë Ñúñez 李小龍 <script>&"'`,
      ].join("\n\n")}\n`,
    );
    expect(email.html).toContain(
      "<p>Thank you for taking the time to speak with me about the Staff &quot;Engineer&quot; &lt;script&gt;alert(1)&lt;/script&gt; role at Acme &amp; &lt;Sons&gt; 🚀. I especially enjoyed our conversation about caching, sharding &amp; &lt;queues&gt;, on-call (24/7)! and what&#39;s next?.</p>",
    );
    expect(email.html).toContain(
      '<a href="https://example.com/zoe?a=1&amp;b=2">https://example.com/zoe?a=1&amp;b=2</a> <a href="https://github.com/zoe">https://github.com/zoe</a>',
    );
    expect(email.html).toContain("<p>Best regards,<br>\nZoë Ñúñez 李小龍 &lt;script&gt;&amp;&quot;&#39;</p>");
  });

  it("thank-you to an interviewer without topics: the sentence about topics falls back to the round's", () => {
    const bo = interview.steps.find((s) => s.kind === "thank_you" && s.to.email === "bo@acme.test") as Step;
    const email = composeStepEmail(interview, bo, LINKS);

    expect(email.text).toMatch(/^Hi Bo,\n\n/);
    expect(email.text).toContain("our conversation about caching, sharding & <queues>");
  });

  it("referrer update, nudge, check-ins, rejection reply and keep-in-touch say what they are for", () => {
    const text = (kind: (typeof STEP_KINDS)[number]) =>
      composeStepEmail(interview, stepOf(interview, kind), LINKS).text;

    expect(text("referrer_update")).toContain(
      "I had my onsite interview on Monday, November 23 and it went well",
    );
    expect(text("referrer_update")).toMatch(/^Hi Rae,/);
    expect(text("pre_decision_nudge")).toContain("role by Friday, December 4, so I just wanted to say");
    expect(text("pre_decision_nudge")).toMatch(/^Hi Rita,/);
    expect(text("recruiter_check_in")).toContain("following my onsite interview");
    expect(text("weekly_check_in")).toContain("follow up once more");
    expect(text("rejection_reply")).toContain("Thank you for letting me know");
    expect(text("keep_in_touch")).toContain(
      "You can find more of my work here: https://example.com/zoe?a=1&b=2",
    );
  });

  it("leaves out the sentences whose placeholders are empty, without leaving gaps", async () => {
    const plain = await everyKind({
      candidate: { name: "Cara Diaz", email: "cara@example.com" },
      interviewers: [{ name: "Ann Lee", email: "ann@acme.test" }],
      decisionExpectedBy: undefined,
    });
    const thanks = composeStepEmail(plain, stepOf(plain, "thank_you"), LINKS).text;

    expect(thanks).toBe(
      'Hi Ann,\n\nThank you for taking the time to speak with me about the Staff "Engineer" <script>alert(1)</script> role at Acme & <Sons> 🚀.\n\nI\'m very excited about the opportunity and would be glad to answer any further questions.\n\nBest regards,\nCara Diaz\n',
    );
  });

  it('greets by the first name without the punctuation after it: "Priya, Shah" gets "Hi Priya,"', async () => {
    const comma = await everyKind({
      candidate: { name: "Cara; Diaz", email: "cara@example.com" },
      recruiter: { name: "Priya, Shah", email: "rita@acme.test" },
    });

    expect(composeStepEmail(comma, stepOf(comma, "pre_decision_nudge"), LINKS).text).toMatch(
      /^Hi Priya,\n\n/,
    );
    const reminder = comma.steps.find((s) => s.channel === "reminder");
    if (!reminder) throw new Error("no reminder step");
    expect(composeStepEmail(comma, reminder, LINKS).text).toMatch(/^Hi Cara,\n\n/);
  });

  it('greets by the greeting the candidate gave: "Li Ming" with greeting "Ming" gets "Hi Ming,"', async () => {
    const greeted = await everyKind({
      candidate: { name: "Abdul Rahman Khan", email: "abdul@example.com", greeting: "Abdul Rahman" },
      interviewers: [{ name: "Li Ming", email: "li@acme.test", greeting: "Ming" }],
    });
    const thanks = composeStepEmail(greeted, stepOf(greeted, "thank_you"), LINKS);

    expect(thanks.to).toEqual([{ name: "Li Ming", email: "li@acme.test" }]);
    expect(thanks.text).toMatch(/^Hi Ming,\n\n/);
    expect(thanks.html).toMatch(/^<p>Hi Ming,/);
    const reminded = await everyKind({
      mode: "remind",
      candidate: { name: "Abdul Rahman Khan", email: "abdul@example.com", greeting: "Abdul Rahman" },
      interviewers: [{ name: "Li Ming", email: "li@acme.test", greeting: "Ming" }],
    });
    const reminder = composeStepEmail(reminded, stepOf(reminded, "thank_you"), LINKS);
    expect(reminder.text).toMatch(/^Hi Abdul Rahman,\n\nIt's time for this follow-up\./);
    expect(reminder.text).toContain("\n\nHi Ming,\n\nThank you for taking the time");
  });

  it("is never marked automatic: a person wrote it", () => {
    for (const step of interview.steps.filter((s) => s.channel === "email")) {
      expect(headerNames(composeStepEmail(interview, step, LINKS))).not.toContain("Auto-Submitted");
    }
  });

  it("keeps a 100-character name whole and caps a long subject at 200 characters on a character boundary", async () => {
    // The cut falls inside the emoji (code units 198 to 202): it must go whole or not at all.
    const long = await everyKind({
      role: `${"Principal ".repeat(10)}🧑‍💻 Engineer`,
      company: `${"C".repeat(67)}🧑‍💻${"C".repeat(40)}`,
    });
    const email = composeStepEmail(long, stepOf(long, "recruiter_check_in"), LINKS);

    expect(email.to[0]?.name).toBe(LONG_NAME);
    expect(LONG_NAME).toHaveLength(100);
    expect(email.text).toMatch(/^Hi Rita,/);
    expect(email.subject.length).toBeLessThanOrEqual(200);
    expect(email.subject).toMatch(/^Checking in: Principal .* Engineer at C+…$/);
    expect(email.subject).toHaveLength(199);
  });
});

describe("composeStepEmail: List-Unsubscribe (RFC 8058)", async () => {
  const interview = await everyKind();
  const step = stepOf(interview, "thank_you");

  it("offers one-click unsubscribe when the deployment has a URL", () => {
    const email = composeStepEmail(interview, step, LINKS);

    expect(email.headers).toEqual([
      { name: "List-Unsubscribe", value: "<https://api.followups.test/unsubscribe/tok123>" },
      { name: "List-Unsubscribe-Post", value: "List-Unsubscribe=One-Click" },
    ]);
  });

  it("has neither header without a URL", () => {
    const email = composeStepEmail(interview, step, { replyTo: LINKS.replyTo });

    expect(headerNames(email)).not.toContain("List-Unsubscribe");
    expect(headerNames(email)).not.toContain("List-Unsubscribe-Post");
  });

  it("ignores a URL that is not http(s), and sends a non-ASCII one percent-encoded", () => {
    const bad = composeStepEmail(interview, step, {
      replyTo: "x@y.test",
      unsubscribeUrl: "javascript:alert(1)",
    });
    const unicode = composeStepEmail(interview, step, {
      replyTo: "x@y.test",
      unsubscribeUrl: "https://api.followups.test/ünsubscribe/tök\r\nBcc: x",
    });

    expect(headerNames(bad)).toEqual([]);
    expect(unicode.headers[0]?.value).toBe("<https://api.followups.test/%C3%BCnsubscribe/t%C3%B6kBcc:%20x>");
    expectNoHeaderInjection(unicode);
  });

  it("is never on a reminder to the candidate", async () => {
    const reminded = await everyKind({ mode: "remind" });
    for (const s of reminded.steps) {
      expect(headerNames(composeStepEmail(reminded, s, LINKS))).toEqual(["Auto-Submitted"]);
    }
  });
});

describe("composeStepEmail: threading emails to the same person", async () => {
  const base = await everyKind();
  const nudge = stepOf(base, "pre_decision_nudge");
  const checkIn = stepOf(base, "recruiter_check_in");
  const weekly = stepOf(base, "weekly_check_in");

  function sent(interview: Interview, ids: Record<string, string>): Interview {
    return {
      ...interview,
      steps: interview.steps.map((s) =>
        ids[s.id] ? { ...s, status: "sent", sentAt: s.sendAt, messageId: ids[s.id] } : s,
      ),
    };
  }

  it("starts a thread: the first email to a person has no In-Reply-To and its own subject", () => {
    const email = composeStepEmail(base, nudge, { replyTo: "x@y.test" });

    expect(email.headers).toEqual([]);
    expect(email.subject).toBe(`Staff "Engineer" <script>alert(1)</script> at Acme & <Sons> 🚀`);
  });

  it("replies to the latest email sent to that person, references all of them and keeps the first subject", () => {
    const interview = sent(base, {
      [nudge.id]: "<nudge-1@email.amazonses.com>",
      [checkIn.id]: "<check-2@email.amazonses.com>",
      // Another contact's thread is not this one.
      [stepOf(base, "thank_you").id]: "<thanks-0@email.amazonses.com>",
    });

    const email = composeStepEmail(interview, weekly, { replyTo: "x@y.test" });

    expect(email.headers).toEqual([
      { name: "In-Reply-To", value: "<check-2@email.amazonses.com>" },
      { name: "References", value: "<nudge-1@email.amazonses.com> <check-2@email.amazonses.com>" },
    ]);
    expect(email.subject).toBe(`Re: Staff "Engineer" <script>alert(1)</script> at Acme & <Sons> 🚀`);
  });

  it("never writes Re: Re:", () => {
    const interview = sent(
      {
        ...base,
        templates: { pre_decision_nudge: { subject: "RE: re:  Quick question, {{contact.firstName}}" } },
      },
      { [nudge.id]: "<nudge-1@email.amazonses.com>" },
    );

    expect(composeStepEmail(interview, checkIn, { replyTo: "x@y.test" }).subject).toBe(
      "Re: Quick question, Rita",
    );
  });

  it("keeps a subject the candidate chose for the later step, still in the thread", () => {
    const interview = sent(
      { ...base, stepTemplates: { [checkIn.id]: { subject: "Any news, {{contact.firstName}}?" } } },
      { [nudge.id]: "<nudge-1@email.amazonses.com>" },
    );
    const email = composeStepEmail(interview, checkIn, { replyTo: "x@y.test" });

    expect(email.subject).toBe("Any news, Rita?");
    expect(email.headers[0]).toEqual({ name: "In-Reply-To", value: "<nudge-1@email.amazonses.com>" });
  });

  it("keeps the subject the first email went out with, even after the candidate edited the interview", () => {
    const interview = sent(base, { [nudge.id]: "<nudge-1@email.amazonses.com>" });
    const asSent = `Staff "Engineer" <script>alert(1)</script> at Acme & <Sons> 🚀`;
    const edited: Interview = {
      ...interview,
      // A typo fixed and the wording changed after the nudge went out.
      role: "Staff Engineer",
      templates: { pre_decision_nudge: { subject: "Quick question about {{role}}" } },
      steps: interview.steps.map((s) =>
        s.id === nudge.id ? { ...s, sentEmail: { to: "rita@acme.test", subject: asSent, text: "Hi\n" } } : s,
      ),
    };

    expect(composeStepEmail(edited, checkIn, { replyTo: "x@y.test" }).subject).toBe(`Re: ${asSent}`);
  });

  it("a long first subject keeps its words after Re:, so the reply's subject matches it", () => {
    const long = `${"Quick question about the role ".repeat(7)}`.trim().slice(0, 200);
    const interview = sent(
      { ...base, templates: { pre_decision_nudge: { subject: long } } },
      { [nudge.id]: "<nudge-1@email.amazonses.com>" },
    );
    const first = composeStepEmail(interview, nudge, { replyTo: "x@y.test" }).subject;

    expect(first).toBe(long);
    expect(composeStepEmail(interview, checkIn, { replyTo: "x@y.test" }).subject).toBe(`Re: ${first}`);
  });

  it("never threads two people who share one mailbox: the recruiter is not answered under an interviewer's thank-you", async () => {
    const shared = await everyKind({
      interviewers: [{ name: "Ann Lee", email: "hiring@acme.test" }],
      recruiter: { name: "Rita Ruiz", email: "hiring@acme.test" },
    });
    const thanks = stepOf(shared, "thank_you");
    const interview = sent(shared, { [thanks.id]: "<thanks-1@email.amazonses.com>" });
    const email = composeStepEmail(interview, stepOf(shared, "pre_decision_nudge"), { replyTo: "x@y.test" });

    expect(email.headers).toEqual([]);
    expect(email.subject).not.toMatch(/^Re:/);
  });

  it("still threads the same person: the recruiter who also interviewed, and a recruiter whose name was corrected", async () => {
    const same = await everyKind({
      interviewers: [{ name: "Rita Ruiz", email: "rita@acme.test" }],
      recruiter: { name: "Rita Ruiz", email: "rita@acme.test" },
    });
    const thanks = stepOf(same, "thank_you");
    const interview = sent(same, { [thanks.id]: "<thanks-1@email.amazonses.com>" });
    expect(
      composeStepEmail(interview, stepOf(same, "pre_decision_nudge"), { replyTo: "x@y.test" }).headers[0],
    ).toEqual({ name: "In-Reply-To", value: "<thanks-1@email.amazonses.com>" });

    const renamed = sent(base, { [nudge.id]: "<nudge-1@email.amazonses.com>" });
    const corrected: Interview = {
      ...renamed,
      steps: renamed.steps.map((s) =>
        s.id === checkIn.id && s.contact
          ? {
              ...s,
              to: { ...s.to, name: "Rita Ruiz-Ortiz" },
              contact: { ...s.contact, name: "Rita Ruiz-Ortiz" },
            }
          : s,
      ),
    };
    const checkInNow = corrected.steps.find((s) => s.id === checkIn.id) as Step;
    expect(composeStepEmail(corrected, checkInNow, { replyTo: "x@y.test" }).headers[0]).toEqual({
      name: "In-Reply-To",
      value: "<nudge-1@email.amazonses.com>",
    });
  });

  it("ignores steps not known to have gone out, and message ids that would break a header", () => {
    const interview: Interview = {
      ...base,
      steps: base.steps.map((s) =>
        s.id === nudge.id
          ? { ...s, status: "unknown", messageId: "<maybe@email.amazonses.com>" }
          : s.id === checkIn.id
            ? { ...s, status: "sent", sentAt: s.sendAt, messageId: "<evil@x>\r\nBcc: victim@x.test" }
            : s,
      ),
    };

    expect(composeStepEmail(interview, weekly, { replyTo: "x@y.test" }).headers).toEqual([]);
  });

  it("trims a References list too long for one header, keeping the root and the latest", () => {
    const ids = Array.from(
      { length: 20 },
      (_, i) => `<${String(i).padStart(2, "0")}${"x".repeat(50)}@email.amazonses.com>`,
    );
    const weeklies = base.steps.filter((s) => s.channel === "email" && s.to.email === "rita@acme.test");
    const many: Step[] = ids.map((id, i) => ({
      ...weekly,
      id: `s${100 + i}`,
      status: "sent",
      sentAt: new Date(Date.UTC(2026, 11, 1, 0, i)).toISOString(),
      messageId: id,
    }));
    const interview: Interview = { ...base, steps: [...weeklies, ...many] };
    const email = composeStepEmail(interview, weekly, { replyTo: "x@y.test" });
    const refs = email.headers.find((h) => h.name === "References")?.value ?? "";

    expect(refs.length).toBeLessThanOrEqual(870);
    expect(refs.startsWith(ids[0] as string)).toBe(true);
    expect(refs.endsWith(ids[19] as string)).toBe(true);
    expect(email.headers.find((h) => h.name === "In-Reply-To")?.value).toBe(ids[19]);
  });
});

describe("composeStepEmail: reminders to the candidate", async () => {
  const interview = await everyKind({ mode: "remind" });

  it.each(interview.steps.map((s) => [s.id, s.kind, s] as const))(
    "%s %s: to the candidate, marked automatic, escaped, with the stop/snooze link",
    (_, __, step) => {
      const email = composeStepEmail(interview, step, LINKS);

      expect(step.channel).toBe("reminder");
      expect(email.to).toEqual([{ name: HOSTILE.candidate.name, email: "zoe@example.com" }]);
      expect(email.cc).toEqual([]);
      expect(email.replyTo).toEqual([]);
      expect(email.fromName).toBe("Followups");
      expect(email.headers).toEqual([{ name: "Auto-Submitted", value: "auto-generated" }]);
      expect(email.text).toContain(`To stop or snooze these follow-ups: ${LINKS.manageUrl}`);
      expect(email.html).toContain(`<a href="${LINKS.manageUrl}">`);
      expectNoHeaderInjection(email);
      expect(htmlWithoutOurTags(email.html)).not.toMatch(/[<>"]/);
    },
  );

  it("carries the ready-to-send draft and the contact's address", () => {
    const email = composeStepEmail(interview, stepOf(interview, "thank_you"), LINKS);

    expect(email.subject).toBe(
      `Reminder: Thank you for the Staff "Engineer" <script>alert(1)</script> interview`,
    );
    expect(email.text).toMatch(
      /^Hi Zoë,\n\nIt's time for this follow-up\. Reminder to send your thank-you to Ann/,
    );
    expect(email.text).toContain("Here is a draft to send to Ann O'Brien 🎉 <ann@acme.test>:");
    expect(email.text).toContain(
      `-----\nSubject: Thank you for the Staff "Engineer" <script>alert(1)</script> interview\n\nHi Ann,\n\nThank you for taking the time`,
    );
    expect(email.html).toContain("<blockquote>\n<p>Subject: Thank you for the Staff &quot;Engineer&quot;");
    expect(email.html).toContain("Ann O&#39;Brien 🎉 &lt;ann@acme.test&gt;");
  });

  it("the handwritten note is the reminder itself, naming every interviewer", () => {
    const email = composeStepEmail(interview, stepOf(interview, "handwritten_note"), LINKS);

    expect(email.subject).toBe("Post a handwritten thank-you note to Acme & <Sons> 🚀");
    expect(email.text).toContain(
      `Consider posting one to Ann O'Brien 🎉, Bo Chen and Dee <Moss> "QA" at Acme & <Sons> 🚀`,
    );
  });

  it("has no stop/snooze line without a link", () => {
    const email = composeStepEmail(interview, stepOf(interview, "thank_you"), { replyTo: "x@y.test" });

    expect(email.text).not.toContain("snooze");
    expect(email.text.endsWith("-----\n")).toBe(true);
  });
});

describe("composeStepEmail: data that bypassed the API", async () => {
  const clean = await everyKind();

  it("collapses CR, LF and control characters in names, subject and headers to spaces", () => {
    const evil = "Eve\r\nBcc: victim@x.test\u0000\u2028";
    const interview: Interview = {
      ...clean,
      company: `Acme\r\nBcc: victim@x.test`,
      role: "Role\u0085\u0007",
      candidate: { ...clean.candidate, name: evil },
      steps: clean.steps.map((s) => ({ ...s, to: { ...s.to, name: evil } })),
    };

    for (const step of interview.steps) {
      for (const mode of ["email", "reminder"] as const) {
        const email = composeStepEmail(interview, { ...step, channel: mode }, LINKS);
        expectNoHeaderInjection(email);
      }
    }
    const email = composeStepEmail(interview, stepOf(interview, "keep_in_touch"), LINKS);
    expect(email.subject).toBe("Keeping in touch: Acme Bcc: victim@x.test");
    expect(email.fromName).toBe("Eve Bcc: victim@x.test (via Followups)");
  });
});

describe("composeStepEmail: the candidate's own wording", async () => {
  const base = await everyKind();
  const thanks = stepOf(base, "thank_you");

  it("uses the interview's template for every step of that kind", () => {
    const interview: Interview = {
      ...base,
      templates: {
        thank_you: {
          subject: "Thanks, {{contact.firstName}}!",
          body: "Dear {{contact.name}},\n\n{{#topics}}Loved talking about {{topics}}.{{/topics}}{{^topics}}Thanks!{{/topics}}\n\n<b>{{candidate.firstName}}</b>",
        },
      },
    };

    const email = composeStepEmail(interview, thanks, LINKS);

    expect(email.subject).toBe("Thanks, Ann!");
    expect(email.text).toBe(
      "Dear Ann O'Brien 🎉,\n\nLoved talking about caching, sharding & <queues>, on-call (24/7)! and what's next?.\n\n<b>Zoë</b>\n",
    );
    // The template's own text is escaped too: the HTML part never has markup the candidate typed.
    expect(email.html).toContain("<p>&lt;b&gt;Zoë&lt;/b&gt;</p>");
    const bo = base.steps.find((s) => s.kind === "thank_you" && s.to.email === "bo@acme.test") as Step;
    expect(
      composeStepEmail({ ...interview, interviewers: [HOSTILE.interviewers[1] as never] }, bo, LINKS).text,
    ).toContain("Thanks!");
  });

  it("a step's own template wins over its kind's, part by part", () => {
    const interview: Interview = {
      ...base,
      templates: { thank_you: { subject: "Kind subject", body: "Kind body" } },
      stepTemplates: { [thanks.id]: { body: "Step body for {{contact.firstName}}" } },
    };
    const other = base.steps.find((s) => s.kind === "thank_you" && s.id !== thanks.id) as Step;

    expect(composeStepEmail(interview, thanks, LINKS)).toMatchObject({
      subject: "Kind subject",
      text: "Step body for Ann\n",
    });
    expect(composeStepEmail(interview, other, LINKS).text).toBe("Kind body\n");
  });

  it("a subject-only override keeps the default body", () => {
    const interview: Interview = { ...base, templates: { thank_you: { subject: "Hello" } } };
    const email = composeStepEmail(interview, thanks, LINKS);

    expect(email.subject).toBe("Hello");
    expect(email.text).toMatch(/^Hi Ann,\n\nThank you for taking the time/);
  });

  it("falls back to the default for a stored template the rules no longer accept", () => {
    const interview: Interview = {
      ...base,
      templates: { thank_you: { subject: "{{{candidate.name}}}", body: "Hi {{nickname}}" } },
    };
    const email = composeStepEmail(interview, thanks, LINKS);

    expect(email.subject).toBe(`Thank you for the Staff "Engineer" <script>alert(1)</script> interview`);
    expect(email.text).toMatch(/^Hi Ann,/);
  });

  it("falls back to the default wording when the candidate's template renders to nothing for this step", async () => {
    const undated = await everyKind({ decisionExpectedBy: undefined });
    const nudgeStep = stepOf(undated, "recruiter_check_in");
    const interview: Interview = {
      ...undated,
      templates: {
        recruiter_check_in: {
          subject: "{{#decisionDate}}Decision by {{decisionDate}}?{{/decisionDate}}",
          body: "{{#decisionDate}}You said {{decisionDate}}.{{/decisionDate}}",
        },
      },
    };
    const email = composeStepEmail(interview, nudgeStep, LINKS);
    const fallback = composeStepEmail(undated, nudgeStep, LINKS);

    // An empty subject is refused by SES (the step would fail), an empty body is a blank email.
    expect(email.subject).toBe(fallback.subject);
    expect(email.subject.length).toBeGreaterThan(0);
    expect(email.text).toBe(fallback.text);
    expect(email.html).toBe(fallback.html);
  });

  it("a reminder carries the candidate's wording as the draft", () => {
    const interview: Interview = {
      ...base,
      mode: "remind",
      templates: { thank_you: { subject: "Thanks, {{contact.firstName}}", body: "Short and sweet." } },
    };
    const email = composeStepEmail(interview, { ...thanks, channel: "reminder" }, LINKS);

    expect(email.subject).toBe("Reminder: Thanks, Ann");
    expect(email.text).toContain("-----\nSubject: Thanks, Ann\n\nShort and sweet.\n-----");
  });
});

describe("composeStepEmail: the interview's own address on reminders", async () => {
  const interview = await everyKind({ mode: "remind" });
  const address = "i-01abc-0123456789abcdef0123@reply.followups.test";

  it("says, in one sentence, to Cc it or forward the contact's reply to it", () => {
    const email = composeStepEmail(interview, stepOf(interview, "thank_you"), {
      ...LINKS,
      interviewAddress: address,
    });
    expect(email.text).toContain(
      `Cc ${address} when you send it, or forward Ann O'Brien 🎉's reply there: their answer then stops these reminders.`,
    );
    expect(email.html).toContain(address);
  });

  it("says nothing of it without one", () => {
    const email = composeStepEmail(interview, stepOf(interview, "thank_you"), LINKS);
    expect(email.text).not.toContain("when you send it");
  });
});
