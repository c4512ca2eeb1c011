/** ISO weekday numbers: 1 = Monday ... 7 = Sunday. */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Every number the planner uses, named and overridable per interview. */
export interface PlannerSettings {
  /**
   * Local times ("HH:mm") between which emails may go out, in the recipient's zone, on `days`. Without
   * `days` (the default), on the working days of the recipient's country: every day outside its weekend.
   */
  sendWindow: { start: string; end: string; days?: IsoWeekday[] };
  /** Preferred local time ("HH:mm") for a send, inside the window. */
  sendTime: string;
  /** Skip the country's public holidays when choosing a send day. */
  observeHolidays: boolean;
  /** Business days after the interview for the thank-you emails (1 = next business morning). */
  thankYouAfterBusinessDays: number;
  /** Remind the candidate to post a handwritten note. */
  handwrittenNote: boolean;
  /** Tell the referrer, if any, how it went. */
  referrerUpdate: boolean;
  /** Send one short "still very interested" note before a known decision date. */
  preDecisionNudge: boolean;
  /** Business days before the decision date for that note. */
  preDecisionNudgeBusinessDays: number;
  /** Business days after a known decision date for the first check-in. */
  checkInAfterDecisionBusinessDays: number;
  /**
   * Business days after the interview for the first check-in when no decision date is known. Whatever it
   * says, no follow-up to the recruiter goes before a business day after the last thank-you.
   */
  firstCheckInAfterBusinessDays: number;
  /** Business days between check-ins. */
  checkInIntervalBusinessDays: number;
  /** Unanswered follow-ups (nudges and check-ins) per contact, across all rounds of an application. */
  maxUnansweredFollowUps: number;
  /** After a rejection: business days until the gracious reply. */
  rejectionReplyAfterBusinessDays: number;
  /** After a rejection: months until the keep-in-touch note (0 = none). */
  keepInTouchAfterMonths: number;
}

export const DEFAULT_PLANNER_SETTINGS: PlannerSettings = {
  sendWindow: { start: "09:00", end: "17:00" },
  sendTime: "09:30",
  observeHolidays: true,
  thankYouAfterBusinessDays: 1,
  handwrittenNote: true,
  referrerUpdate: true,
  preDecisionNudge: true,
  preDecisionNudgeBusinessDays: 3,
  checkInAfterDecisionBusinessDays: 2,
  firstCheckInAfterBusinessDays: 5,
  checkInIntervalBusinessDays: 5,
  maxUnansweredFollowUps: 3,
  rejectionReplyAfterBusinessDays: 1,
  keepInTouchAfterMonths: 4,
};

export const CADENCE_PRESETS = ["standard", "patient", "minimal"] as const;
export type CadencePreset = (typeof CADENCE_PRESETS)[number];

/** Named starting points; an interview's overrides apply on top of its preset. */
export const CADENCE_PRESET_SETTINGS: Record<CadencePreset, Partial<PlannerSettings>> = {
  standard: {},
  /** Respect the recruiter's timeline strictly: no pre-decision note, fewer and slower check-ins. */
  patient: {
    preDecisionNudge: false,
    checkInAfterDecisionBusinessDays: 2,
    firstCheckInAfterBusinessDays: 7,
    checkInIntervalBusinessDays: 7,
    maxUnansweredFollowUps: 2,
  },
  /** Thank-yous and a single check-in. */
  minimal: {
    handwrittenNote: false,
    referrerUpdate: false,
    preDecisionNudge: false,
    maxUnansweredFollowUps: 1,
  },
};

export function resolvePlannerSettings(
  preset: CadencePreset = "standard",
  overrides: Partial<PlannerSettings> = {},
): PlannerSettings {
  const base = { ...DEFAULT_PLANNER_SETTINGS, ...CADENCE_PRESET_SETTINGS[preset] };
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  return { ...base, ...defined };
}
