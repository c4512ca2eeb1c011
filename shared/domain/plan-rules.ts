/** Stable ids of the planner's rules, as stored in `PlannedStep.rule`. */
export const PLAN_RULES = {
  thankYou: "thank-you.next-business-morning",
  panelThanksViaRecruiter: "panel-thanks.via-recruiter",
  panelThanksFindAddress: "panel-thanks.find-address",
  handwrittenNote: "handwritten-note.same-morning",
  referrerUpdate: "referrer-update.same-morning",
  preDecisionNudge: "pre-decision-nudge.before-decision",
  checkInAfterDecision: "recruiter-check-in.after-decision",
  checkInAfterInterview: "recruiter-check-in.after-interview",
  weeklyCheckIn: "weekly-check-in.interval",
  rejectionReply: "rejection-reply.after-rejection",
  keepInTouch: "keep-in-touch.months-after-rejection",
  checkInAfterRepliedDecision: "recruiter-check-in.after-decision-named-in-reply",
} as const;
