import type { OptionSpecs } from "./command.js";
import { GREETING_OPTIONS, GREETING_OPTIONS_HELP } from "./contact-greetings.js";

/** The interview's fields as flags: `add` and `preview` take them all, `edit` the ones that can change. */
export const INTERVIEW_OPTIONS: OptionSpecs = {
  file: { type: "string", short: "f" },
  company: { type: "string" },
  role: { type: "string" },
  round: { type: "string" },
  at: { type: "string" },
  timezone: { type: "string" },
  country: { type: "string" },
  region: { type: "string" },
  candidate: { type: "string" },
  interviewer: { type: "string", multiple: true },
  recruiter: { type: "string" },
  referrer: { type: "string" },
  "decision-by": { type: "string" },
  mode: { type: "string" },
  cadence: { type: "string" },
  notes: { type: "string" },
  application: { type: "string" },
  ...GREETING_OPTIONS,
};

export const INTERVIEW_OPTIONS_HELP = `interview (a file, flags, or both: flags win over the file's fields):
  -f, --file FILE            the interview as JSON or YAML (.json, .yaml, .yml; - reads stdin)
  --company TEXT --role TEXT --round TEXT
  --at "YYYY-MM-DD HH:MM"    when it happened, in --timezone (or ISO 8601 with an offset)
  --timezone ZONE            your IANA zone (default: this computer's)
  --country CC [--region R]  whose weekend and public holidays are skipped, e.g. US, CA
  --candidate "Name <email>" you
  --interviewer "Name <email>"  repeat for each; "Name" alone when you have no address
  --recruiter "Name <email>"  --referrer "Name <email>"
${GREETING_OPTIONS_HELP}
  --decision-by YYYY-MM-DD   the decision date the recruiter gave
  --mode send|remind         send emails for you (default) or remind you with drafts
  --cadence standard|patient|minimal   --notes TEXT   --application ID`;
