import { describe, expect, it } from "vitest";
import { composeStepEmail, type StepLinks } from "../../../../shared/mail/compose-step-email.js";
import { findTemplateProblem } from "../../../../shared/mail/find-template-problem.js";
import { placeholderValues } from "../../../../shared/mail/template-placeholders.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { everyKind, stepOf } from "./mail-fixtures.js";

useFixedSystemTime();

const LINKS: StepLinks = {
  replyTo: "r-01abc-s1-0123456789abcdef0123@reply.followups.test",
  manageUrl: "https://app.followups.test/interviews/01abc",
};

const PANEL = {
  interviewers: [
    { name: "Ann Lee", email: "ann@acme.test", topics: ["hiring"] },
    { name: "Bo Chen", topics: ["caching"] },
    { name: "Dee Moss", topics: ["on-call"] },
  ],
  recruiter: { name: "Rita Ruiz", email: "rita@acme.test" },
  referrer: undefined,
  company: "Acme Corp",
  role: "Staff Engineer",
  candidate: { name: "Cara Diaz", email: "cara@example.com" },
};

describe("the panel thank-you, sent to the recruiter", async () => {
  const interview = await everyKind(PANEL);
  const step = stepOf(interview, "panel_thanks");

  it("goes to the recruiter, names the people without an address and asks to pass it on", () => {
    const email = composeStepEmail(interview, step, LINKS);

    expect(email.to).toEqual([{ name: "Rita Ruiz", email: "rita@acme.test" }]);
    expect(email.cc).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
    expect(email.subject).toBe("Thank you for the Staff Engineer interview");
    expect(email.text).toMatch(/^Hi Rita,\n\n/);
    expect(email.text).toContain(
      "I don't have an email address for Bo Chen and Dee Moss: could you please pass on my thanks to them for their time?",
    );
    // What was discussed with them, not with Ann, who gets her own thank-you.
    expect(email.text).toContain("I especially enjoyed our conversation about caching and on-call.");
    expect(email.text).not.toContain("Ann");
  });

  it("fills {{panel}} only with the interviewers who have no address", () => {
    expect(placeholderValues(interview, step).panel).toBe("Bo Chen and Dee Moss");
    expect(placeholderValues(interview, stepOf(interview, "thank_you")).panel).toBe("Bo Chen and Dee Moss");
  });

  it("is a placeholder a candidate's template may use", () => {
    expect(findTemplateProblem("Please thank {{panel}}{{#panel}} for me{{/panel}}")).toBeUndefined();
    expect(findTemplateProblem("Please thank {{panelists}}")).toMatch(/not a placeholder/);
  });
});

describe("the panel thank-you as a reminder", () => {
  it("in remind mode, carries the draft for the recruiter and their address", async () => {
    const interview = await everyKind({ ...PANEL, mode: "remind" });
    const email = composeStepEmail(interview, stepOf(interview, "panel_thanks"), LINKS);

    expect(email.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
    expect(email.subject).toBe("Reminder: Thank you for the Staff Engineer interview");
    expect(email.text).toContain("Reminder to thank Bo Chen and Dee Moss through Rita Ruiz");
    expect(email.text).toContain("Here is a draft to send to Rita Ruiz <rita@acme.test>:");
    expect(email.text).toContain("could you please pass on my thanks to them");
  });

  it.each(["send", "remind"])(
    "with no recruiter (%s mode), reminds the candidate to find their address",
    async (mode) => {
      const interview = await everyKind({ ...PANEL, recruiter: undefined, mode });
      const step = stepOf(interview, "panel_thanks");
      const email = composeStepEmail(interview, step, LINKS);

      expect(step.channel).toBe("reminder");
      expect(email.to).toEqual([{ name: "Cara Diaz", email: "cara@example.com" }]);
      expect(email.subject).toBe("Find the address of Bo Chen and Dee Moss");
      expect(email.text).toMatch(
        /^Hi Cara,\n\nIt's time to thank Bo Chen and Dee Moss for the onsite interview/,
      );
      expect(email.text).toContain("there is no recruiter to pass your thanks on");
      expect(email.text).not.toContain("Here is a draft");
    },
  );
});
