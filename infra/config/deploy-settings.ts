import { deploySettingsSchema } from "./deploy-settings-schema.js";

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
    meaning:
      "Days raw inbound mail is kept in the bucket before the lifecycle rule deletes it; at least one more than the 14 days a failed reply waits in its failure queue, so a replay still finds its mail.",
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

/** Reads and validates the settings; throws DeploySettingsError listing every bad or missing value. */
export function readDeploySettings(source: SettingsSource): DeploySettings {
  const raw: Record<string, unknown> = {};
  for (const [name, setting] of Object.entries(SETTINGS)) {
    const fromEnv = source.env[setting.env];
    raw[name] = fromEnv !== undefined && fromEnv !== "" ? fromEnv : source.context(setting.context);
  }
  const result = deploySettingsSchema.safeParse(raw);
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
