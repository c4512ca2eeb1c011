import type { Step } from "./step.js";

/** Who a planned step is for and what it does, as data: shared/mail words it as the start of its `why`. */
export type StepSubject =
  | {
      kind:
        | "thank_you"
        | "referrer_update"
        | "rejection_reply"
        | "keep_in_touch"
        | "check_in"
        | "pre_decision_nudge"
        | "weekly_check_in";
      /** Send mode (an email to the contact), else a reminder to the candidate. */
      send: boolean;
      name: string;
    }
  /** Interviewers without an address, thanked through the recruiter, or (no recruiter) found by the candidate. */
  | { kind: "panel_thanks"; send: boolean; names: string[]; recruiter?: string | undefined }
  | { kind: "handwritten_note" };

/** A day the planner passed over on the way to a step's day, and why. */
export type SkippedDay =
  /** `country` when its weekend is not Saturday and Sunday, so it needs naming. */
  | { skipped: "weekend"; country?: string | undefined }
  | { skipped: "outside_send_window" }
  | { skipped: "holiday"; day: string; name: string }
  /** Past the generated holiday tables: holidays of that year could not be skipped. */
  | { skipped: "holidays_unknown"; year: string };

/**
 * The interview's day in the recipient's zone; `inRecipientZone` when it is not the candidate's day (a
 * Monday-evening interview in Los Angeles was on Tuesday in Tokyo).
 */
export interface InterviewDayThere {
  interviewDay: string;
  inRecipientZone?: boolean;
}

/** The rule that put a step on its day (dates are `YYYY-MM-DD`), with the days it skipped. */
export type StepTiming = { skipped?: SkippedDay[] } & (
  | ({ rule: "after_interview"; businessDays: number } & InterviewDayThere)
  | { rule: "same_morning_as_thank_yous"; send: boolean }
  | { rule: "after_rejection"; businessDays: number }
  | { rule: "months_after_rejection"; months: number }
  | { rule: "after_decision_named_in_reply"; businessDays: number; decisionDate: string }
  | { rule: "before_decision"; businessDays: number; decisionDate: string }
  | { rule: "after_decision"; businessDays: number; decisionDate: string }
  | ({ rule: "after_interview_without_decision"; businessDays: number } & InterviewDayThere)
  | { rule: "after_previous_check_in"; businessDays: number }
);

/** Where a follow-up stands against the cap of unanswered follow-ups to its contact. */
export interface FollowUpCount {
  n: number;
  max: number;
  /** Sent in earlier rounds of the same application. */
  prior: number;
}

/** Everything a planned step's `why` says, as data. */
export interface StepWhy {
  subject: StepSubject;
  at: Date;
  zone: string;
  /** When the rule alone would have sent it, if that had passed (or was before the floor) and it moved. */
  movedFrom?: Date | undefined;
  /**
   * What the rule's time was too early for; `thanks`: the day the same person is thanked (a follow-up to
   * them goes on a later business day); `thank_yous`: the day of the last thank-you to anyone (the
   * recruiter's follow-ups come after every thank-you).
   */
  floor: "now" | "interview" | "rejection" | "thanks" | "thank_yous";
  timing: StepTiming;
  count?: FollowUpCount | undefined;
  /** The interview's year: dates in it are written without their year. */
  year: number;
}

/** A follow-up the cap moved later, as data. */
export interface MovedFollowUp {
  step: Pick<Step, "kind" | "timezone">;
  send: boolean;
  name: string;
  at: Date;
  businessDays: number;
  previousAt: Date;
  count: FollowUpCount;
}

/**
 * The words of the planner and of the cap on follow-ups, written in shared/mail (`planWords`): the domain
 * decides, and hands the caller's words the data.
 */
export interface PlanWords {
  why: (why: StepWhy) => string;
  /** A follow-up cancelled for being over the cap. */
  overCap: string;
  /** A pre-decision nudge cancelled because spacing would push it past the decision date. */
  tooClose: string;
  movedFollowUp: (moved: MovedFollowUp) => string;
  /** `why` with its follow-up count brought up to date (unchanged when it states none). */
  recount: (why: string, count: FollowUpCount) => string;
}
