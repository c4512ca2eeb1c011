import { describe, expect, it } from "vitest";
import type { Interview } from "../../../../shared/domain/interview.js";
import { composeReplyForward } from "../../../../shared/mail/compose-reply-forward.js";
import { composeStepEmail, type StepLinks } from "../../../../shared/mail/compose-step-email.js";
import { composeUnknownDeliveryNotice } from "../../../../shared/mail/compose-unknown-delivery-notice.js";
import { composeUnverifiedForward } from "../../../../shared/mail/compose-unverified-forward.js";
import type { OutgoingEmail } from "../../../../shared/ports/mailer.js";
import { deliveredThroughSes } from "../../../support/as-delivered.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { everyKind, stepOf } from "./mail-fixtures.js";

useFixedSystemTime();

const LINKS: StepLinks = {
  replyTo: "r-01abc-s1-0123456789abcdef0123@reply.followups.test",
  unsubscribeUrl: "https://api.followups.test/unsubscribe/u-01abc-s1-0123456789abcdef",
  manageUrl: "https://api.followups.test/manage/m-01abc-s1-0123456789abcdef",
  interviewAddress: "i-01abc-0123456789abcdef0123@reply.followups.test",
};

/** What the recipient's reader shows is what was composed: every address, name, subject and both parts. */
async function expectDeliveredAsComposed(email: OutgoingEmail): Promise<void> {
  const got = await deliveredThroughSes(email);
  const header = (key: string) => got.headers.find((h) => h.key === key)?.value;

  expect(got.from).toEqual({ name: email.fromName, address: "followups@mail.example.com" });
  expect(got.to).toEqual(email.to.map((p) => ({ name: p.name, address: p.email })));
  expect(got.cc ?? []).toEqual(email.cc.map((p) => ({ name: p.name, address: p.email })));
  expect((got.replyTo ?? []).map((a) => a.address)).toEqual(email.replyTo);
  expect(got.subject).toBe(email.subject);
  expect(got.text).toBe(email.text);
  expect(got.html).toBe(email.html);
  for (const h of email.headers) expect(header(h.name.toLowerCase())).toBe(h.value);
}

// Names and words that each break some naive composer: quotes, commas, a backslash, an address as a name,
// angle brackets, what reads as an encoded word, RTL and CJK text, emoji.
const TRICKY = {
  candidate: { name: `Zoë "Z" Ñúñez, 李小龍 \\ =?UTF-8?B?QWRtaW4=?=`, email: "zoe@example.com" },
  company: "Acme, Inc. <Sons> & =?utf-8?q?Evil?= 🚀",
  role: `Ingénieur "Staff" 工程师`,
  interviewers: [
    { name: "ann@evil.test <Ann>", email: "ann@acme.test", topics: ["RTL: مرحبا بالعالم", "emoji 🧑‍💻"] },
    { name: "O'Brien, Bo", email: "bo@acme.test" },
  ],
  recruiter: { name: "=?UTF-8?B?QWRtaW4=?=", email: "rita@acme.test" },
  referrer: { name: "مريم الحسيني", email: "rae@friends.test" },
};

describe("every composed email reaches the recipient as composed (SES Simple content, read back by postal-mime)", async () => {
  const sent = await everyKind(TRICKY);
  const reminded = await everyKind({ ...TRICKY, mode: "remind" });

  it.each(sent.steps.map((s) => [s.id, s.kind, s] as const))("to a contact: %s %s", async (_, __, step) => {
    await expectDeliveredAsComposed(composeStepEmail(sent, step, LINKS));
  });

  it.each(reminded.steps.map((s) => [s.id, s.kind, s] as const))(
    "a reminder to the candidate: %s %s",
    async (_, __, step) => {
      await expectDeliveredAsComposed(composeStepEmail(reminded, step, LINKS));
    },
  );

  it("a follow-up in a thread, with In-Reply-To and References", async () => {
    const nudge = stepOf(sent, "pre_decision_nudge");
    const threaded: Interview = {
      ...sent,
      steps: sent.steps.map((s) =>
        s.id === nudge.id
          ? { ...s, status: "sent", sentAt: s.sendAt, messageId: "<0100019a-nudge@email.amazonses.com>" }
          : s,
      ),
    };
    const email = composeStepEmail(threaded, stepOf(sent, "recruiter_check_in"), LINKS);

    expect(email.subject).toMatch(/^Re: /);
    await expectDeliveredAsComposed(email);
  });

  it("the forwards and the notice to the candidate", async () => {
    const from = { address: "rita@acme.test", name: `"Rita" =?UTF-8?B?QWRtaW4=?= \u202eRuiz` };
    await expectDeliveredAsComposed(
      composeReplyForward({ interview: sent, from, subject: "Re: =?UTF-8?B?QWRtaW4=?= 🚀", text: "Thanks!" }),
    );
    await expectDeliveredAsComposed(
      composeUnverifiedForward({
        interview: sent,
        from,
        subject: "Stop =?UTF-8?B?QWRtaW4=?=",
        text: "Stop everything.",
        reason: "DMARC failed",
        goesOn: true,
        manageUrl: LINKS.manageUrl,
      }),
    );
    await expectDeliveredAsComposed(composeUnknownDeliveryNotice(sent, stepOf(sent, "thank_you")));
  });
});
