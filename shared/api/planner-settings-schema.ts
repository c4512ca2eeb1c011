import { z } from "zod";
import { CADENCE_PRESETS } from "../domain/planner-settings.js";
import { localTimeSchema } from "./field-schemas.js";

const businessDays = (max: number) => z.int("must be a whole number").min(0).max(max);

/** Per-interview overrides of the planner's named settings; anything left out keeps its default. */
export const plannerSettingsOverridesSchema = z
  .strictObject({
    sendWindow: z
      .strictObject({
        start: localTimeSchema,
        end: localTimeSchema,
        days: z
          .array(
            z.union([
              z.literal(1),
              z.literal(2),
              z.literal(3),
              z.literal(4),
              z.literal(5),
              z.literal(6),
              z.literal(7),
            ]),
          )
          .min(1, "needs at least one day")
          .max(7)
          .optional(),
      })
      .refine((w) => w.start < w.end, { message: "start must be before end", path: ["end"] }),
    sendTime: localTimeSchema,
    observeHolidays: z.boolean(),
    thankYouAfterBusinessDays: businessDays(5),
    handwrittenNote: z.boolean(),
    referrerUpdate: z.boolean(),
    preDecisionNudge: z.boolean(),
    preDecisionNudgeBusinessDays: businessDays(20).min(1),
    checkInAfterDecisionBusinessDays: businessDays(20),
    firstCheckInAfterBusinessDays: businessDays(30).min(1),
    checkInIntervalBusinessDays: businessDays(30).min(1),
    maxUnansweredFollowUps: z.int().min(0).max(6),
    rejectionReplyAfterBusinessDays: businessDays(10),
    keepInTouchAfterMonths: z.int().min(0).max(24),
  })
  .partial();

export const cadencePresetSchema = z.enum(CADENCE_PRESETS);
