import * as z from "zod/mini";
import { CADENCE_PRESETS } from "../domain/planner-settings.js";
import { localTimeSchema } from "./field-schemas.js";
import { lazyRequired } from "./lazy-required.js";
import { optionalFields } from "./optional-fields.js";
import { wholeNumberSchema } from "./whole-number-schema.js";

const businessDays = (max: number, min = 0) => wholeNumberSchema(min, max);

/** Per-interview overrides of the planner's named settings; anything left out keeps its default. */
/**
 * Built on first use (z.lazy), like the field schemas: no Lambda builds it at init; nor a request without
 * settings (lazyRequired).
 */
export const plannerSettingsOverridesSchema = /* @__PURE__ */ lazyRequired(() =>
  z.strictObject(
    optionalFields({
      sendWindow: z
        .strictObject({
          start: localTimeSchema,
          end: localTimeSchema,
          days: z.optional(
            z
              .array(
                // One literal of seven values, not a union of seven: the problem names the days allowed.
                z.literal([1, 2, 3, 4, 5, 6, 7]),
              )
              .check(z.minLength(1, "needs at least one day"), z.maxLength(7)),
          ),
        })
        .check(z.refine((w) => w.start < w.end, { message: "start must be before end", path: ["end"] })),
      sendTime: localTimeSchema,
      observeHolidays: z.boolean(),
      thankYouAfterBusinessDays: businessDays(5),
      handwrittenNote: z.boolean(),
      referrerUpdate: z.boolean(),
      preDecisionNudge: z.boolean(),
      preDecisionNudgeBusinessDays: businessDays(20, 1),
      checkInAfterDecisionBusinessDays: businessDays(20),
      firstCheckInAfterBusinessDays: businessDays(30, 1),
      checkInIntervalBusinessDays: businessDays(30, 1),
      maxUnansweredFollowUps: wholeNumberSchema(0, 6),
      rejectionReplyAfterBusinessDays: businessDays(10),
      keepInTouchAfterMonths: wholeNumberSchema(0, 24),
    }),
  ),
);

// A literal of three values: the same issue as z.enum's (invalid_value naming the values) without bundling
// zod's enum type, which nothing else in the planner routes uses.
export const cadencePresetSchema = /* @__PURE__ */ lazyRequired(() => z.literal(CADENCE_PRESETS));
