import {
  type BusinessCalendar,
  type BusinessCalendarOptions,
  createBusinessCalendar,
  createSendWindow,
  type SendWindow,
} from "./business-calendar.js";
import { hasEmail } from "./has-email.js";
import type { Contact, InterviewDetails } from "./interview.js";
import type { Step } from "./step.js";

/** What a calendar is built from: the interview's country, region and send settings. */
export type CalendarSource = Pick<InterviewDetails, "country" | "region"> & {
  settings: Pick<InterviewDetails["settings"], "observeHolidays" | "sendWindow">;
};

/**
 * The business calendar for sends to one recipient, used by the planner and by the sender alike, so a step
 * planned on an Israeli Sunday is not moved by the sender's "inside the send window?" check.
 * - The candidate (reminders; `recipient` undefined) and a contact with no `country` of their own, or the
 *   interview's: the interview's country and region, for its weekend and public holidays.
 * - A contact in another country: that country's weekend and its national public holidays (no region: the
 *   interview's region belongs to the interview's country).
 * Send days the candidate set (`sendWindow.days`) win over any country's weekend.
 */
export function recipientCalendar(
  source: CalendarSource,
  recipient?: Pick<Contact, "country">,
): BusinessCalendar {
  return createBusinessCalendar(recipientCalendarOptions(source, recipient));
}

/** What `recipientCalendar` builds its calendar from. */
function recipientCalendarOptions(
  source: CalendarSource,
  recipient?: Pick<Contact, "country">,
): BusinessCalendarOptions {
  const own = recipient?.country?.trim().toUpperCase();
  const abroad = own !== undefined && own !== "" && own !== source.country.trim().toUpperCase();
  return {
    country: abroad ? own : source.country,
    ...(!abroad && source.region ? { region: source.region } : {}),
    observeHolidays: source.settings.observeHolidays,
    sendWindow: source.settings.sendWindow,
  };
}

/**
 * The contact an email step goes to, as the interview lists them now (the planner read the same list);
 * undefined for a reminder, which goes to the candidate, or for a contact no longer listed.
 */
export function stepRecipient(
  details: Pick<InterviewDetails, "interviewers" | "recruiter" | "referrer">,
  step: Pick<Step, "channel" | "contact" | "to">,
): Contact | undefined {
  if (step.channel !== "email") return undefined;
  const email = (step.contact ?? step.to).email.trim().toLowerCase();
  const same = (c: Contact | undefined): c is Contact => c?.email.trim().toLowerCase() === email;
  const role = step.contact?.role;
  if (role === "recruiter" && same(details.recruiter)) return details.recruiter;
  if (role === "referrer" && same(details.referrer)) return details.referrer;
  return details.interviewers.filter(hasEmail).find(same) ?? [details.recruiter, details.referrer].find(same);
}

/** The calendar for one stored step: its recipient's (see recipientCalendar). */
export function stepCalendar(
  interview: CalendarSource & Pick<InterviewDetails, "interviewers" | "recruiter" | "referrer">,
  step: Pick<Step, "channel" | "contact" | "to">,
): BusinessCalendar {
  return recipientCalendar(interview, stepRecipient(interview, step));
}

/**
 * Only the send window of `stepCalendar` (same calendar, same checks): what the sender asks of a step's
 * calendar, so it does not bundle the planner's business-day arithmetic.
 */
export function stepSendWindow(
  interview: CalendarSource & Pick<InterviewDetails, "interviewers" | "recruiter" | "referrer">,
  step: Pick<Step, "channel" | "contact" | "to">,
): SendWindow {
  return createSendWindow(recipientCalendarOptions(interview, stepRecipient(interview, step)));
}
