import type { StepKind } from "../domain/step.js";

export interface StepTemplate {
  subject: string;
  body: string;
}

const SIGNATURE = "Best regards,\n{{candidate.name}}";

const LINKS = "{{#links}}\n\nYou can find more of my work here: {{links}}\n{{/links}}";

/**
 * The default wording of every step kind, as logic-less templates over TEMPLATE_PLACEHOLDERS. Short and
 * personal, as career advice has it: the position, the person's first name, what was discussed, the
 * candidate's links. A candidate can replace the subject or body per interview or per step.
 */
export const STEP_TEMPLATES: Readonly<Record<StepKind, StepTemplate>> = {
  thank_you: {
    subject: "Thank you for the {{role}} interview",
    body: `Hi {{contact.firstName}},

Thank you for taking the time to speak with me about the {{role}} role at {{company}}.{{#topics}} I especially enjoyed our conversation about {{topics}}.{{/topics}}

I'm very excited about the opportunity and would be glad to answer any further questions.
${LINKS}

${SIGNATURE}`,
  },
  // To the recruiter, asking them to pass the thanks on; with no recruiter, a reminder to find the addresses.
  panel_thanks: {
    subject:
      "{{#recruiter.name}}Thank you for the {{role}} interview{{/recruiter.name}}{{^recruiter.name}}Find the address of {{panel}}{{/recruiter.name}}",
    body: `{{#recruiter.name}}Hi {{recruiter.firstName}},

Thank you for organising my {{round}} interview for the {{role}} role at {{company}}. I don't have an email address for {{panel}}: could you please pass on my thanks to them for their time?{{#topics}} I especially enjoyed our conversation about {{topics}}.{{/topics}}

I'm very excited about the opportunity and would be glad to answer any further questions.
${LINKS}

${SIGNATURE}{{/recruiter.name}}{{^recruiter.name}}Hi {{candidate.firstName}},

It's time to thank {{panel}} for the {{round}} interview for the {{role}} role at {{company}}, but you gave no email address for them and there is no recruiter to pass your thanks on. Find their address (the invitation, the company's site), or thank them through LinkedIn or the person who arranged the interview.{{#topics}} A line about {{topics}} makes it personal.{{/topics}}{{/recruiter.name}}`,
  },
  handwritten_note: {
    subject: "Post a handwritten thank-you note to {{company}}",
    body: `Hi {{candidate.firstName}},

A short handwritten note stands out. Consider posting one to {{interviewers}} at {{company}}, thanking them for the {{round}} interview for the {{role}} role.{{#topics}} A line about {{topics}} makes it personal.{{/topics}}`,
  },
  referrer_update: {
    subject: "My {{company}} interview",
    body: `Hi {{contact.firstName}},

Thanks again for referring me for the {{role}} role at {{company}}. I had my {{round}} interview{{#interviewDate}} on {{interviewDate}}{{/interviewDate}} and it went well; I'll let you know how it turns out.

${SIGNATURE}`,
  },
  pre_decision_nudge: {
    subject: "{{role}} at {{company}}",
    body: `Hi {{contact.firstName}},

I know the team is working towards a decision on the {{role}} role{{#decisionDate}} by {{decisionDate}}{{/decisionDate}}, so I just wanted to say that I remain very interested and am happy to provide anything else you need.

${SIGNATURE}`,
  },
  recruiter_check_in: {
    subject: "Checking in: {{role}} at {{company}}",
    body: `Hi {{contact.firstName}},

I hope you're well. I wanted to check in on the {{role}} role following my {{round}} interview. I'm still very interested, and I'd appreciate any update on the timeline.

${SIGNATURE}`,
  },
  weekly_check_in: {
    subject: "Checking in: {{role}} at {{company}}",
    body: `Hi {{contact.firstName}},

I wanted to follow up once more on the {{role}} role at {{company}}. I'm still very interested and would be grateful for any news on where things stand.

${SIGNATURE}`,
  },
  rejection_reply: {
    subject: "Thank you: {{role}} at {{company}}",
    body: `Hi {{contact.firstName}},

Thank you for letting me know, and for the time you and the team spent with me. I enjoyed learning about {{company}}, and I'd be glad to be considered for future roles.

${SIGNATURE}`,
  },
  keep_in_touch: {
    subject: "Keeping in touch: {{company}}",
    body: `Hi {{contact.firstName}},

We spoke a few months ago about the {{role}} role. I've kept following {{company}}'s work and would love to stay in touch about future opportunities.
${LINKS}

${SIGNATURE}`,
  },
};
