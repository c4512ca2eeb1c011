/**
 * The `kind` tag of a step's reminder to the candidate (a step's email to a contact has none): ses-events
 * indexes the Message-ID of every step email's Send event but a reminder's, since no reply to a reminder is
 * matched by the Message-ID it quotes.
 */
export const STEP_REMINDER_KIND = "step_reminder";
