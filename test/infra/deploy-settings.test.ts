import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import {
  DeploySettingsError,
  isReservedExampleDomain,
  readDeploySettings,
} from "../../infra/config/deploy-settings.js";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import { cdkJsonContext } from "./synth-followup-app.js";

const REAL = {
  "followup:sendingAddress": "followups@mail.jobhunt.dev",
  "followup:replyDomain": "reply.jobhunt.dev",
  "followup:allowedOrigins": ["https://app.jobhunt.dev"],
  "followup:alarmEmail": "ops@jobhunt.dev",
};

function read(context: Record<string, unknown>, env: Record<string, string | undefined> = {}) {
  return readDeploySettings({ context: (key) => context[key], env });
}

function problemsOf(
  context: Record<string, unknown>,
  env: Record<string, string | undefined> = {},
): string[] {
  try {
    read(context, env);
  } catch (error) {
    if (error instanceof DeploySettingsError) return error.problems;
    throw error;
  }
  throw new Error("expected the settings to be rejected");
}

describe("readDeploySettings", () => {
  it("accepts cdk.json as shipped and names every setting that still holds an example value", () => {
    const settings = read(cdkJsonContext());
    expect(settings.exampleValues).toEqual([
      "followup:sendingAddress",
      "followup:replyDomain",
      "followup:allowedOrigins",
      "followup:alarmEmail",
    ]);
    // No issuer configured: the stateful stack creates a Cognito user pool.
    expect(settings.jwt).toBeUndefined();
    expect(settings.sendingDomain).toBe("mail.example.com");
  });

  it("reports no example values once every setting is real", () => {
    const settings = read({ ...cdkJsonContext(), ...REAL });
    expect(settings.exampleValues).toEqual([]);
    expect(settings).toMatchObject({
      sendingAddress: "followups@mail.jobhunt.dev",
      sendingDomain: "mail.jobhunt.dev",
      replyDomain: "reply.jobhunt.dev",
      allowedOrigins: ["https://app.jobhunt.dev"],
      logRetentionDays: 30,
      apiRateLimit: 10,
      apiBurstLimit: 20,
    });
  });

  it("reports every missing setting at once, naming its context key and environment variable", () => {
    const problems = problemsOf({});
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^followup:sendingAddress \(or FOLLOWUP_SENDING_ADDRESS\) .*missing/);
    expect(problems[1]).toMatch(/^followup:replyDomain \(or FOLLOWUP_REPLY_DOMAIN\) .*missing/);
    expect(problems[2]).toMatch(/^followup:alarmEmail \(or FOLLOWUP_ALARM_EMAIL\) .*missing/);
  });

  it("says which value is malformed and why", () => {
    const problems = problemsOf({
      ...REAL,
      "followup:sendingAddress": "followups",
      "followup:replyDomain": "https://reply.jobhunt.dev",
      "followup:allowedOrigins": "https://app.jobhunt.dev/, http://app.jobhunt.dev",
      "followup:logRetentionDays": 45,
      "followup:apiRateLimit": "fast",
    });
    expect(problems.join("\n")).toMatchInlineSnapshot(`
      "followup:sendingAddress (or FOLLOWUP_SENDING_ADDRESS) must be an e-mail address like followups@mail.example.org; got "followups". From address of every follow-up; it (or its domain) must be a verified SES identity.
      followup:replyDomain (or FOLLOWUP_REPLY_DOMAIN) must be a domain name like mail.example.org; got "https://reply.jobhunt.dev". Domain whose MX points at SES inbound; Reply-To is r+<token>@<replyDomain>.
      followup:allowedOrigins (or FOLLOWUP_ALLOWED_ORIGINS) has "https://app.jobhunt.dev/", which is not an origin like https://app.example.org (https, or http only for localhost; no path or trailing slash). Browser origins allowed by CORS (JSON array or comma-separated); empty = no CORS.
      followup:allowedOrigins (or FOLLOWUP_ALLOWED_ORIGINS) has "http://app.jobhunt.dev", which is not an origin like https://app.example.org (https, or http only for localhost; no path or trailing slash). Browser origins allowed by CORS (JSON array or comma-separated); empty = no CORS.
      followup:logRetentionDays (or FOLLOWUP_LOG_RETENTION_DAYS) must be one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 3653; got 45. Retention of function and API access logs, in days (a CloudWatch Logs retention value).
      followup:apiRateLimit (or FOLLOWUP_API_RATE_LIMIT) must be a whole number; got "fast". Steady-state requests per second the HTTP API accepts before answering 429."
    `);
  });

  it("requires an audience with an issuer", () => {
    expect(problemsOf({ ...REAL, "followup:jwtIssuer": "https://login.jobhunt.dev/" })).toEqual([
      expect.stringMatching(/^followup:jwtAudience .*is required when jwtIssuer is set/),
    ]);
    const settings = read({
      ...REAL,
      "followup:jwtIssuer": "https://login.jobhunt.dev/",
      "followup:jwtAudience": "api, cli",
    });
    expect(settings.jwt).toEqual({ issuer: "https://login.jobhunt.dev/", audience: ["api", "cli"] });
  });

  it("takes the API's public URL on a custom domain, without its trailing slash; none by default", () => {
    expect(read(cdkJsonContext()).publicApiUrl).toBeUndefined();
    expect(read({ ...REAL, "followup:publicApiUrl": "" }).publicApiUrl).toBeUndefined();
    const settings = read(REAL, { FOLLOWUP_PUBLIC_API_URL: "https://api.jobhunt.dev/followup/" });
    expect(settings.publicApiUrl).toBe("https://api.jobhunt.dev/followup");
    expect(settings.exampleValues).toEqual([]);
    expect(read({ ...REAL, "followup:publicApiUrl": "https://api.example.com" }).exampleValues).toEqual([
      "followup:publicApiUrl",
    ]);
  });

  it.each([
    "http://api.jobhunt.dev",
    "https://api.jobhunt.dev/?stage=1",
    "https://api.jobhunt.dev/#x",
    "api.jobhunt.dev",
  ])("refuses %s as the public API URL, naming the setting", (value) => {
    expect(problemsOf({ ...REAL, "followup:publicApiUrl": value })).toEqual([
      expect.stringMatching(
        /^followup:publicApiUrl \(or FOLLOWUP_PUBLIC_API_URL\) must be an https URL with no query or fragment/,
      ),
    ]);
  });

  it("takes the web app's own host name only with a us-east-1 certificate, and the other way round", () => {
    const certificate = "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b";
    expect(read(REAL).web).toBeUndefined();
    expect(
      read({ ...REAL, "followup:webDomain": "App.JobHunt.dev", "followup:webCertificateArn": certificate })
        .web,
    ).toEqual({
      domain: "app.jobhunt.dev",
      certificateArn: certificate,
    });
    expect(problemsOf({ ...REAL, "followup:webDomain": "app.jobhunt.dev" })).toEqual([
      expect.stringMatching(
        /^followup:webCertificateArn \(or FOLLOWUP_WEB_CERTIFICATE_ARN\) is required when webDomain is set/,
      ),
    ]);
    expect(problemsOf({ ...REAL, "followup:webCertificateArn": certificate })).toEqual([
      expect.stringMatching(
        /^followup:webDomain \(or FOLLOWUP_WEB_DOMAIN\) is required when webCertificateArn is set/,
      ),
    ]);
    expect(
      problemsOf({
        ...REAL,
        "followup:webDomain": "https://app.jobhunt.dev",
        "followup:webCertificateArn": certificate.replace("us-east-1", "eu-west-1"),
      }),
    ).toEqual([
      expect.stringMatching(/^followup:webDomain .*must be a host name like app\.example\.org/),
      expect.stringMatching(
        /^followup:webCertificateArn .*must be the ARN of an ACM certificate in us-east-1/,
      ),
    ]);
  });

  it("runs the functions without source maps unless asked, and names a value that is not true or false", () => {
    expect(read({ ...REAL }).sourceMaps).toBe(false);
    expect(read({ ...REAL, "followup:sourceMaps": true }).sourceMaps).toBe(true);
    expect(read({ ...REAL }, { FOLLOWUP_SOURCE_MAPS: "true" }).sourceMaps).toBe(true);
    expect(read({ ...REAL, "followup:sourceMaps": "false" }).sourceMaps).toBe(false);
    const problems = problemsOf({ ...REAL, "followup:sourceMaps": "sometimes" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^followup:sourceMaps \(or FOLLOWUP_SOURCE_MAPS\) must be true or false; got "sometimes"/,
    );
  });

  it("refuses to expire raw mail before a failed reply's replay window ends, naming both figures", () => {
    // A reply the inbound handler failed waits up to 14 days in its failure queue, after up to 6 hours of
    // Lambda's retries; its replay reads the raw mail from the bucket, so the mail must outlive both.
    const problems = problemsOf({ ...REAL, "followup:rawMailRetentionDays": 14 });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^followup:rawMailRetentionDays \(or FOLLOWUP_RAW_MAIL_RETENTION_DAYS\) must be at least 15: .*14 days.*; got 14\./,
    );
    expect(read({ ...REAL, "followup:rawMailRetentionDays": 15 }).rawMailRetentionDays).toBe(15);
    expect(read(REAL).rawMailRetentionDays).toBe(30);
  });

  it("takes an environment variable over the context value", () => {
    const settings = read(cdkJsonContext(), {
      FOLLOWUP_SENDING_ADDRESS: "hello@mail.jobhunt.dev",
      FOLLOWUP_ALLOWED_ORIGINS: "https://app.jobhunt.dev,http://localhost:5173",
    });
    expect(settings.sendingAddress).toBe("hello@mail.jobhunt.dev");
    expect(settings.allowedOrigins).toEqual(["https://app.jobhunt.dev", "http://localhost:5173"]);
    expect(settings.exampleValues).not.toContain("followup:sendingAddress");
    expect(settings.exampleValues).not.toContain("followup:allowedOrigins");
  });

  it("treats only reserved example domains as placeholders", () => {
    expect(
      ["example.com", "mail.example.org", "x.example", "a.test", "b.invalid"].map(isReservedExampleDomain),
    ).toEqual([true, true, true, true, true]);
    expect(["myexample.com", "example.company.com", "jobhunt.dev"].map(isReservedExampleDomain)).toEqual([
      false,
      false,
      false,
    ]);
  });
});

describe("the CDK app", () => {
  it("stops with the list of bad settings instead of a stack trace", () => {
    // Run outside the CLI there is no cdk.json context, so every required setting is missing.
    const result = spawnSync(process.execPath, ["--import", "tsx", "infra/bin/app.ts"], {
      cwd: PROJECT_ROOT,
      encoding: "utf8",
      env: { PATH: process.env.PATH, FOLLOWUP_REPLY_DOMAIN: "not a domain" },
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Invalid deployment settings");
    expect(result.stderr).toContain("followup:sendingAddress (or FOLLOWUP_SENDING_ADDRESS) ");
    expect(result.stderr).toContain("followup:replyDomain (or FOLLOWUP_REPLY_DOMAIN) must be a domain name");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
