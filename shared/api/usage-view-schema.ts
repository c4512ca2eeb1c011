import * as z from "zod/mini";
import { QUOTA_NAMES } from "../domain/quota-limits.js";

const quotaUsageSchema = z.object({
  per: z.enum(["owner", "interview"]),
  limit: z.int(),
  used: z.nullable(z.int()),
  remaining: z.nullable(z.int()),
  resetsAt: z.nullable(z.string()),
});

/** `GET /usage`: each quota's limit, use in the current window and reset time. */
export const usageViewSchema = z.object({
  at: z.string(),
  quotas: z.object(Object.fromEntries(QUOTA_NAMES.map((q) => [q, quotaUsageSchema]))),
});

/** The 429 body: the error, the quota it names, its limit and when it resets. */
export const quotaErrorViewSchema = z.object({
  error: z.object({
    code: z.literal("quota_exceeded"),
    message: z.string(),
    quota: z.enum(QUOTA_NAMES),
    limit: z.int(),
    resetsAt: z.nullable(z.string()),
  }),
});
