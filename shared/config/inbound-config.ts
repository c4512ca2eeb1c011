import * as z from "zod/mini";
import {
  DEFAULT_MAX_AWAY_DAYS,
  DEFAULT_MAX_DATE_AHEAD_DAYS,
  DEFAULT_MAX_FORWARDS_PER_DAY,
} from "../inbound/inbound-limits.js";
import { nonEmpty } from "./parse-config.js";
import { wholeNumber } from "./whole-number.js";

/** Where the SES receipt rule stores the raw inbound message. */
export const inboundMailConfigShape = () => ({
  INBOUND_MAIL_BUCKET: nonEmpty(),
  /** The receipt rule's object key prefix: the raw message is `<prefix><SES message id>`. */
  INBOUND_MAIL_PREFIX: z._default(z.string().check(z.maxLength(100)), "inbound/"),
});

/** How far inbound mail may act; each has a default. */
export const inboundLimitsConfigShape = () => ({
  /** Inbound messages forwarded to the candidate per interview and UTC day; past it they are only logged. */
  INBOUND_MAX_FORWARDS_PER_DAY: z._default(wholeNumber(1, 1000), DEFAULT_MAX_FORWARDS_PER_DAY),
  /** The furthest an out-of-office moves a contact's steps, in days after it arrived. */
  INBOUND_MAX_AWAY_DAYS: z._default(wholeNumber(0, 365), DEFAULT_MAX_AWAY_DAYS),
  /** A date read from a reply or an out-of-office further ahead than this many days plans nothing. */
  INBOUND_MAX_DATE_AHEAD_DAYS: z._default(wholeNumber(1, 730), DEFAULT_MAX_DATE_AHEAD_DAYS),
});

export interface InboundMailConfig {
  inboundMailBucket: string;
  inboundMailPrefix: string;
}
export const readInboundMailConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof inboundMailConfigShape>>>,
): InboundMailConfig => ({
  inboundMailBucket: c.INBOUND_MAIL_BUCKET,
  inboundMailPrefix: c.INBOUND_MAIL_PREFIX,
});

export interface InboundLimitsConfig {
  inboundMaxForwardsPerDay: number;
  inboundMaxAwayDays: number;
  inboundMaxDateAheadDays: number;
}
export const readInboundLimitsConfig = (
  c: z.infer<z.ZodMiniObject<ReturnType<typeof inboundLimitsConfigShape>>>,
): InboundLimitsConfig => ({
  inboundMaxForwardsPerDay: c.INBOUND_MAX_FORWARDS_PER_DAY,
  inboundMaxAwayDays: c.INBOUND_MAX_AWAY_DAYS,
  inboundMaxDateAheadDays: c.INBOUND_MAX_DATE_AHEAD_DAYS,
});
