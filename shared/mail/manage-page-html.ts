import type { Interview } from "../domain/interview.js";
import { readInstant } from "../domain/offset-date-time.js";
import { SNOOZE_DAYS } from "../domain/snooze-steps.js";
import type { Step } from "../domain/step.js";
import { stepsToSend } from "../domain/steps-to-send.js";
import { isKnownZone } from "../domain/wall-clock.js";
import { chainEndWords } from "./chain-end-words.js";
import { localTimeWords } from "./date-words.js";
import { stepKindLabel } from "./step-kind-label.js";
import { escapeHtml } from "./text-to-html.js";

/** Enough to see what a snooze or stop affects, short enough for a phone screen. */
export const MANAGE_PAGE_MAX_STEPS = 5;

function localTime(step: Step): string {
  const at = isKnownZone(step.timezone) ? readInstant(step.sendAt, step.timezone) : undefined;
  if (!at) return step.sendAt;
  const w = localTimeWords(at, step.timezone);
  return `${w.weekdayShort} ${w.day} ${w.monthShort} ${w.year}, ${w.time} (${step.timezone})`;
}

function interviewDay(interview: Interview): string {
  const zone = interview.timezone;
  const at = isKnownZone(zone) ? readInstant(interview.interviewedAt, zone) : undefined;
  if (!at) return interview.interviewedAt;
  const w = localTimeWords(at, zone);
  return `${w.day} ${w.monthShort} ${w.year}`;
}

function stepLine(step: Step): string {
  const who = step.contact?.name ?? (step.channel === "email" ? step.to.name : undefined);
  const what = `${stepKindLabel(step.kind)}${who ? ` to ${who}` : ""}`;
  const how = step.channel === "email" ? "sent for you" : "a reminder to you";
  return `<li>${escapeHtml(localTime(step))}: ${escapeHtml(what)} (${how})</li>`;
}

const BUTTON = "font-size: 1rem; padding: .5rem 1rem; margin: 0 .5rem .5rem 0";

/**
 * The page a reminder's manage link opens: which interview, what is still planned and when (in each
 * recipient's zone), and two buttons that POST to the same URL. Every piece of user data is escaped; the
 * page has no script. Rendering it changes nothing.
 */
export function managePageHtml(interview: Interview): string {
  const pending = stepsToSend(interview).sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
  const shown = pending.slice(0, MANAGE_PAGE_MAX_STEPS);
  const more = pending.length - shown.length;
  const title = `${interview.role} at ${interview.company}`;
  // An active chain, or one that still has something planned (a reply's check-in, a rejection's notes).
  const open = interview.status === "active" || pending.length > 0;
  const body = open
    ? [
        pending.length > 0
          ? `<p>Next follow-ups:</p>\n<ul>\n${shown.map(stepLine).join("\n")}${more > 0 ? `\n<li>and ${more} more</li>` : ""}\n</ul>`
          : "<p>Nothing more is planned for now.</p>",
        `<form method="post"><input type="hidden" name="action" value="snooze">`,
        `<button type="submit" style="${BUTTON}">Snooze for ${SNOOZE_DAYS} days</button></form>`,
        `<form method="post"><input type="hidden" name="action" value="stop">`,
        `<button type="submit" style="${BUTTON}">Stop all follow-ups</button></form>`,
        `<p style="color: #555">Snooze moves every planned follow-up ${SNOOZE_DAYS} days later, within your send
hours. Stop cancels them all, as if you had cancelled the interview's follow-ups.</p>`,
      ].join("\n")
    : `<p>${escapeHtml(chainEndWords(interview))} Nothing more will be sent.</p>`;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Your follow-ups</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem">
<h1 style="font-size: 1.4rem">Follow-ups for ${escapeHtml(title)}</h1>
<p>${escapeHtml(interview.round)} interview, ${escapeHtml(interviewDay(interview))}.</p>
${body}
</body>
</html>
`;
}
