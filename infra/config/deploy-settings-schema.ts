import { z } from "zod";
import { ASYNC_EVENT_MAX_AGE_HOURS } from "./async-event-max-age-hours.js";
import { FAILURE_QUEUE_RETENTION_DAYS } from "./failure-queue-retention-days.js";
import { MIN_RAW_MAIL_RETENTION_DAYS } from "./min-raw-mail-retention-days.js";

/** CloudWatch Logs accepts only these retention periods. */
const LOG_RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653];

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;
const hostname = z
  .string()
  .trim()
  .toLowerCase()
  .regex(HOSTNAME, "must be a domain name like mail.example.org");
const email = z.string().trim().pipe(z.email("must be an e-mail address like followups@mail.example.org"));

/** A list given as a JSON array in cdk.json or as a comma-separated string from `-c` or the environment. */
const stringList = z.preprocess(
  (value) =>
    typeof value === "string"
      ? value
          .split(",")
          .map((part) => part.trim())
          .filter((part) => part !== "")
      : value,
  z.array(z.string().trim().min(1)),
);

const origin = z.string().superRefine((value, ctx) => {
  if (!isOrigin(value)) {
    ctx.addIssue({
      code: "custom",
      message: `has ${JSON.stringify(value)}, which is not an origin like https://app.example.org (https, or http only for localhost; no path or trailing slash)`,
    });
  }
});

const wholeNumber = (min: number, max: number, whyMin = "") =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}${whyMin === "" ? "" : `: ${whyMin}`}`)
    .max(max, `must be at most ${max}`);

/**
 * What each deployment setting may be, with the messages a bad value gets (the names and meanings are
 * `SETTINGS` in deploy-settings.ts, which reads the values and reports every problem at once).
 */
export const deploySettingsSchema = z
  .object({
    sendingAddress: email,
    replyDomain: hostname,
    jwtIssuer: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || isHttpsUrl(value),
        "must be an https URL, or empty to create a Cognito user pool",
      )
      .default(""),
    jwtAudience: stringList.default([]),
    allowedOrigins: stringList.pipe(z.array(origin)).default([]),
    publicApiUrl: z
      .string()
      .trim()
      .refine(
        (value) => value === "" || isPublicBaseUrl(value),
        "must be an https URL with no query or fragment, like https://api.example.org/followup, or empty",
      )
      .transform((value) => value.replace(/\/+$/, ""))
      .default(""),
    webDomain: z
      .string()
      .trim()
      .toLowerCase()
      .refine(
        (value) => value === "" || HOSTNAME.test(value),
        "must be a host name like app.example.org, or empty",
      )
      .default(""),
    webCertificateArn: z
      .string()
      .trim()
      .refine(
        (value) =>
          value === "" || /^arn:aws[a-z-]*:acm:us-east-1:\d{12}:certificate\/[A-Za-z0-9-]+$/.test(value),
        "must be the ARN of an ACM certificate in us-east-1 (arn:aws:acm:us-east-1:<account>:certificate/<id>), or empty",
      )
      .default(""),
    alarmEmail: email,
    logRetentionDays: wholeNumber(1, 3653)
      .refine((days) => LOG_RETENTION_DAYS.includes(days), `must be one of ${LOG_RETENTION_DAYS.join(", ")}`)
      .default(30),
    apiRateLimit: wholeNumber(1, 10_000).default(10),
    apiBurstLimit: wholeNumber(1, 5_000).default(20),
    rawMailRetentionDays: wholeNumber(
      MIN_RAW_MAIL_RETENTION_DAYS,
      3653,
      `a reply the inbound handler failed waits up to ${FAILURE_QUEUE_RETENTION_DAYS} days in its failure queue (after up to ${ASYNC_EVENT_MAX_AGE_HOURS} hours of retries), and replaying it reads the raw mail`,
    ).default(30),
    sourceMaps: z
      .union([z.boolean(), z.stringbool({ error: "must be true or false" })], {
        error: "must be true or false",
      })
      .default(false),
  })
  .superRefine((value, ctx) => {
    if ((value.webDomain === "") !== (value.webCertificateArn === "")) {
      const missing = value.webDomain === "" ? "webDomain" : "webCertificateArn";
      const other = missing === "webDomain" ? "webCertificateArn" : "webDomain";
      ctx.addIssue({ code: "custom", path: [missing], message: `is required when ${other} is set` });
    }
    if (value.jwtIssuer !== "" && value.jwtAudience.length === 0) {
      ctx.addIssue({ code: "custom", path: ["jwtAudience"], message: "is required when jwtIssuer is set" });
    }
  });

function isHttpsUrl(value: string): boolean {
  return URL.canParse(value) && new URL(value).protocol === "https:";
}

/** An https base URL links can be appended to: no credentials, query or fragment (not even an empty one). */
function isPublicBaseUrl(value: string): boolean {
  if (!isHttpsUrl(value) || /[?#]/.test(value)) return false;
  const url = new URL(value);
  return url.username === "" && url.password === "";
}

function isOrigin(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  const local = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  return url.origin === value && (url.protocol === "https:" || (url.protocol === "http:" && local));
}
