import { z } from "zod";

/**
 * Deployment settings: read from CDK context (cdk.json, or `-c key=value`) with an environment variable
 * taking precedence, so CI can supply real values without editing cdk.json. Everything is validated at
 * synth time and every problem is reported at once, naming the setting, so a bad value never turns into a
 * half-deployed stack.
 */
export const SETTINGS = {
  sendingAddress: {
    context: "followup:sendingAddress",
    env: "FOLLOWUP_SENDING_ADDRESS",
    meaning: "From address of every follow-up; it (or its domain) must be a verified SES identity.",
  },
  replyDomain: {
    context: "followup:replyDomain",
    env: "FOLLOWUP_REPLY_DOMAIN",
    meaning: "Domain whose MX points at SES inbound; Reply-To is r+<token>@<replyDomain>.",
  },
  jwtIssuer: {
    context: "followup:jwtIssuer",
    env: "FOLLOWUP_JWT_ISSUER",
    meaning: "https issuer URL of your identity provider; empty = the stack creates a Cognito user pool.",
  },
  jwtAudience: {
    context: "followup:jwtAudience",
    env: "FOLLOWUP_JWT_AUDIENCE",
    meaning: "Comma-separated accepted `aud`/`client_id` values; required with jwtIssuer, unused without.",
  },
  allowedOrigins: {
    context: "followup:allowedOrigins",
    env: "FOLLOWUP_ALLOWED_ORIGINS",
    meaning: "Browser origins allowed by CORS (JSON array or comma-separated); empty = no CORS.",
  },
  publicApiUrl: {
    context: "followup:publicApiUrl",
    env: "FOLLOWUP_PUBLIC_API_URL",
    meaning:
      "https URL clients reach the API at when you map a custom domain (and base path) to it; empty = the API's own execute-api URL. Links in emails, the calendar feed URL and the web app use it.",
  },
  webDomain: {
    context: "followup:webDomain",
    env: "FOLLOWUP_WEB_DOMAIN",
    meaning:
      "Host name the web app is served at (point a CNAME at the WebAppDistributionDomain output); empty = its cloudfront.net name. Needs webCertificateArn.",
  },
  webCertificateArn: {
    context: "followup:webCertificateArn",
    env: "FOLLOWUP_WEB_CERTIFICATE_ARN",
    meaning:
      "ARN of an ACM certificate in us-east-1 covering webDomain (CloudFront reads certificates there only).",
  },
  alarmEmail: {
    context: "followup:alarmEmail",
    env: "FOLLOWUP_ALARM_EMAIL",
    meaning: "Address subscribed to the alarm topic (confirm the SNS e-mail after the first deploy).",
  },
  logRetentionDays: {
    context: "followup:logRetentionDays",
    env: "FOLLOWUP_LOG_RETENTION_DAYS",
    meaning: "Retention of function and API access logs, in days (a CloudWatch Logs retention value).",
  },
  apiRateLimit: {
    context: "followup:apiRateLimit",
    env: "FOLLOWUP_API_RATE_LIMIT",
    meaning: "Steady-state requests per second the HTTP API accepts before answering 429.",
  },
  apiBurstLimit: {
    context: "followup:apiBurstLimit",
    env: "FOLLOWUP_API_BURST_LIMIT",
    meaning: "Burst of requests the HTTP API accepts above the rate limit.",
  },
  sourceMaps: {
    context: "followup:sourceMaps",
    env: "FOLLOWUP_SOURCE_MAPS",
    meaning:
      "true = the functions run with NODE_OPTIONS=--enable-source-maps, so stack traces in the logs name our source files, and every cold start reads and parses the bundle's source map first (create's import 68 -> 94 ms of CPU, the sender's 78 -> 117, on Node 20); false (the default) = minified stack traces and faster cold starts. The map ships either way.",
  },
  rawMailRetentionDays: {
    context: "followup:rawMailRetentionDays",
    env: "FOLLOWUP_RAW_MAIL_RETENTION_DAYS",
    meaning: "Days raw inbound mail is kept in the bucket before the lifecycle rule deletes it.",
  },
} as const;

export type SettingName = keyof typeof SETTINGS;

export interface JwtSettings {
  issuer: string;
  audience: string[];
}

export interface DeploySettings {
  sendingAddress: string;
  /** Domain part of the sending address: the SES domain identity we may send as. */
  sendingDomain: string;
  replyDomain: string;
  /** Undefined when the stack should create its own Cognito user pool as the issuer. */
  jwt: JwtSettings | undefined;
  allowedOrigins: string[];
  /** The API's URL on a custom domain, without a trailing slash; undefined = its execute-api URL. */
  publicApiUrl: string | undefined;
  /** The web app's own host name and its us-east-1 certificate; undefined = its cloudfront.net name. */
  web: { domain: string; certificateArn: string } | undefined;
  alarmEmail: string;
  logRetentionDays: number;
  apiRateLimit: number;
  apiBurstLimit: number;
  rawMailRetentionDays: number;
  /** The functions run with `--enable-source-maps` (readable stack traces, slower cold starts). */
  sourceMaps: boolean;
  /**
   * Context keys whose value is still a placeholder on a reserved example domain (RFC 2606: example.com,
   * .test, .invalid, ...). Synth may proceed with them; a deploy must not (see ExampleValueGuard).
   */
  exampleValues: string[];
}

export class DeploySettingsError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`Invalid deployment settings (cdk.json context or environment):\n  - ${problems.join("\n  - ")}`);
    this.name = "DeploySettingsError";
    this.problems = problems;
  }
}

export interface SettingsSource {
  /** Usually `(key) => app.node.tryGetContext(key)`. */
  context: (key: string) => unknown;
  env: Record<string, string | undefined>;
}

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

const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: "must be a whole number" })
    .int("must be a whole number")
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`);

const schema = z
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
    rawMailRetentionDays: wholeNumber(1, 3653).default(30),
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

/** Reads and validates the settings; throws DeploySettingsError listing every bad or missing value. */
export function readDeploySettings(source: SettingsSource): DeploySettings {
  const raw: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS)) {
    const fromEnv = source.env[setting.env];
    raw[name] = fromEnv !== undefined && fromEnv !== "" ? fromEnv : source.context(setting.context);
  }
  const result = schema.safeParse(raw);
  if (!result.success) {
    throw new DeploySettingsError(
      result.error.issues.map((issue) => {
        const name = issue.path[0];
        const setting =
          typeof name === "string" && name in SETTINGS ? SETTINGS[name as SettingName] : undefined;
        if (setting === undefined) return issue.message;
        const given = raw[name as SettingName];
        // An issue about one item of a list already names that item.
        const shown =
          issue.path.length > 1 ? "" : given === undefined ? "; missing" : `; got ${JSON.stringify(given)}`;
        return `${setting.context} (or ${setting.env}) ${issue.message}${shown}. ${setting.meaning}`;
      }),
    );
  }
  const settings = result.data;
  const examples: Partial<Record<SettingName, string[]>> = {
    sendingAddress: [domainOf(settings.sendingAddress)],
    replyDomain: [settings.replyDomain],
    jwtIssuer: settings.jwtIssuer === "" ? [] : [new URL(settings.jwtIssuer).hostname],
    allowedOrigins: settings.allowedOrigins.map((value) => new URL(value).hostname),
    publicApiUrl: settings.publicApiUrl === "" ? [] : [new URL(settings.publicApiUrl).hostname],
    webDomain: settings.webDomain === "" ? [] : [settings.webDomain],
    alarmEmail: [domainOf(settings.alarmEmail)],
  };
  const exampleValues = Object.entries(examples)
    .filter(([, domains]) => domains.some(isReservedExampleDomain))
    .map(([name]) => SETTINGS[name as SettingName].context);
  return {
    sendingAddress: settings.sendingAddress,
    sendingDomain: domainOf(settings.sendingAddress),
    replyDomain: settings.replyDomain,
    jwt:
      settings.jwtIssuer === "" ? undefined : { issuer: settings.jwtIssuer, audience: settings.jwtAudience },
    allowedOrigins: settings.allowedOrigins,
    publicApiUrl: settings.publicApiUrl === "" ? undefined : settings.publicApiUrl,
    web:
      settings.webDomain === ""
        ? undefined
        : { domain: settings.webDomain, certificateArn: settings.webCertificateArn },
    alarmEmail: settings.alarmEmail,
    logRetentionDays: settings.logRetentionDays,
    apiRateLimit: settings.apiRateLimit,
    apiBurstLimit: settings.apiBurstLimit,
    rawMailRetentionDays: settings.rawMailRetentionDays,
    sourceMaps: settings.sourceMaps,
    exampleValues,
  };
}

/** RFC 2606 / RFC 6761 names: they can never receive mail or serve an app, so they are placeholders. */
export function isReservedExampleDomain(domain: string): boolean {
  const name = domain.toLowerCase().replace(/\.$/, "");
  return /(^|\.)example\.(com|net|org)$/.test(name) || /(^|\.)(example|test|invalid)$/.test(name);
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf("@") + 1).toLowerCase();
}

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
