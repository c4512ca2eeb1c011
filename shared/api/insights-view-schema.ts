import { z } from "zod";
import { CADENCE_PRESETS } from "../domain/planner-settings.js";
import { STEP_KINDS } from "../domain/step.js";

const replyFiguresSchema = z.object({
  sent: z.int().describe("Steps that went out"),
  replied: z.int().describe("Of those, the ones a person answered (auto-replies never count)"),
  medianMinutesToReply: z.int().nullable().describe("Median minutes from going out to the first reply"),
});

const outcomeCountsSchema = z.object({ offer: z.int(), rejected: z.int(), withdrawn: z.int() });

/** `GET /insights`: counts only, from the caller's own interviews. */
export const insightsViewSchema = z.object({
  at: z.string(),
  interviews: z.int(),
  byKind: z.object(Object.fromEntries(STEP_KINDS.map((k) => [k, replyFiguresSchema]))),
  byCadence: z.object(
    Object.fromEntries(CADENCE_PRESETS.map((c) => [c, replyFiguresSchema.extend({ interviews: z.int() })])),
  ),
  outcomes: z
    .object({ none: outcomeCountsSchema, thanksOnly: outcomeCountsSchema, withCheckIns: outcomeCountsSchema })
    .describe(
      "Outcomes by what the chain had sent: nothing, thank-yous or notes but no check-in or nudge, or at least one check-in or nudge",
    ),
});

/** `POST /calendar-token`: the caller's live calendar feed URL. */
export const calendarFeedLinkViewSchema = z.object({
  url: z.string().describe("https URL of the feed, to subscribe to in a calendar app"),
  webcalUrl: z.string().describe("The same URL with the webcal: scheme, which opens a calendar app"),
  token: z.string(),
});
