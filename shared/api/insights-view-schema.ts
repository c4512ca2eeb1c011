import * as z from "zod/mini";
import { CADENCE_PRESETS } from "../domain/planner-settings.js";
import { STEP_KINDS } from "../domain/step.js";

export const replyFiguresSchema = z.object({
  sent: z.int().check(z.describe("Steps that went out")),
  replied: z.int().check(z.describe("Of those, the ones a person answered (auto-replies never count)")),
  medianMinutesToReply: z
    .nullable(z.int())
    .check(z.describe("Median minutes from going out to the first reply")),
});

const outcomeCountsSchema = z.object({ offer: z.int(), rejected: z.int(), withdrawn: z.int() });

/** `GET /insights`: counts only, from the caller's own interviews. */
export const insightsViewSchema = z.object({
  at: z.string(),
  interviews: z.int(),
  byKind: z.object(Object.fromEntries(STEP_KINDS.map((k) => [k, replyFiguresSchema]))),
  byCadence: z.object(
    Object.fromEntries(
      CADENCE_PRESETS.map((c) => [c, z.extend(replyFiguresSchema, { interviews: z.int() })]),
    ),
  ),
  outcomes: z
    .object({ none: outcomeCountsSchema, thanksOnly: outcomeCountsSchema, withCheckIns: outcomeCountsSchema })
    .check(
      z.describe(
        "Outcomes by what the chain had sent: nothing, thank-yous or notes but no check-in or nudge, or at least one check-in or nudge",
      ),
    ),
});

/** `POST /calendar-token`: the caller's live calendar feed URL. */
export const calendarFeedLinkViewSchema = z.object({
  url: z.string().check(z.describe("https URL of the feed, to subscribe to in a calendar app")),
  webcalUrl: z.string().check(z.describe("The same URL with the webcal: scheme, which opens a calendar app")),
  token: z.string(),
});
