/** At most this many inbound messages are forwarded to the candidate per interview and UTC day. */
export const DEFAULT_MAX_FORWARDS_PER_DAY = 10;
/** An out-of-office moves a contact's steps at most this many days past the day it was received. */
export const DEFAULT_MAX_AWAY_DAYS = 30;
/** A date read from a reply or an out-of-office further ahead than this many days plans nothing. */
export const DEFAULT_MAX_DATE_AHEAD_DAYS = 90;

/** How far inbound mail may reach: named settings, from configuration (INBOUND_* variables). */
export interface InboundLimits {
  maxForwardsPerDay: number;
  maxAwayDays: number;
  maxDateAheadDays: number;
}

export const DEFAULT_INBOUND_LIMITS: InboundLimits = {
  maxForwardsPerDay: DEFAULT_MAX_FORWARDS_PER_DAY,
  maxAwayDays: DEFAULT_MAX_AWAY_DAYS,
  maxDateAheadDays: DEFAULT_MAX_DATE_AHEAD_DAYS,
};
