import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { EXAMPLE_VALUES_PARAMETER } from "../../infra/constructs/example-value-guard.js";
import { cspOf, siteConfigOf } from "./site-config-of.js";
import { logicalIdOf, type SynthesizedApp, synthFollowupApp } from "./synth-followup-app.js";

/** A deployment with its own identity provider, no browser front end, and every setting real. */
const OWN_ISSUER = {
  "followup:sendingAddress": "hello@jobhunt.dev",
  "followup:replyDomain": "reply.jobhunt.dev",
  "followup:jwtIssuer": "https://login.jobhunt.dev/",
  "followup:jwtAudience": "followup-api,followup-cli",
  "followup:allowedOrigins": [],
  "followup:publicApiUrl": "https://api.jobhunt.dev/followup/",
  "followup:webDomain": "app.jobhunt.dev",
  "followup:webCertificateArn":
    "arn:aws:acm:us-east-1:123456789012:certificate/0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
  "followup:alarmEmail": "ops@jobhunt.dev",
  "followup:apiRateLimit": 50,
  "followup:apiBurstLimit": 100,
  "followup:logRetentionDays": 90,
  "followup:sourceMaps": "true",
};

let synth: SynthesizedApp;
let stateless: Template;

beforeAll(() => {
  synth = synthFollowupApp({ context: OWN_ISSUER });
  stateless = synth.statelessTemplate;
});

describe("a deployment with its own issuer and real settings", () => {
  it("runs every function with source maps when the deployment asks for them", () => {
    const resources = stateless.toJSON().Resources as Record<
      string,
      { Properties: { Environment?: { Variables?: Record<string, unknown> } } }
    >;
    const ours = [...synth.stateless.functions.values()].map((f) => resources[logicalIdOf(f.fn)]);
    expect(ours.length).toBeGreaterThan(10);
    for (const f of ours) {
      expect(f?.Properties.Environment?.Variables?.NODE_OPTIONS).toBe("--enable-source-maps");
    }
  });

  it("authorizes with the configured issuer and audiences, and creates no user pool", () => {
    stateless.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      JwtConfiguration: { Issuer: "https://login.jobhunt.dev/", Audience: ["followup-api", "followup-cli"] },
    });
    synth.statefulTemplate.resourceCountIs("AWS::Cognito::UserPool", 0);
  });

  it("serves the web app at its own host name with its certificate, TLS 1.2 at least", () => {
    const distribution = stateless.toJSON().Resources[logicalIdOf(synth.stateless.site.distribution)];
    expect(distribution.Properties.DistributionConfig).toMatchObject({
      Aliases: ["app.jobhunt.dev"],
      ViewerCertificate: {
        AcmCertificateArn: OWN_ISSUER["followup:webCertificateArn"],
        MinimumProtocolVersion: "TLSv1.2_2021",
        SslSupportMethod: "sni-only",
      },
    });
    stateless.hasOutput("WebAppUrl", { Value: "https://app.jobhunt.dev" });
    stateless.hasOutput("WebAppDistributionDomain", {
      Value: { "Fn::GetAtt": [logicalIdOf(synth.stateless.site.distribution), "DomainName"] },
    });
  });

  it("allows only the web app's own host by CORS when no other origin is configured", () => {
    const api = Object.values(stateless.findResources("AWS::ApiGatewayV2::Api"))[0];
    expect(api?.Properties.CorsConfiguration.AllowOrigins).toEqual(["https://app.jobhunt.dev"]);
  });

  it("gives the web app the public API URL and the issuer, and no hosted sign-in", () => {
    expect(siteConfigOf(stateless, synth.outdir)).toEqual({
      apiUrl: "https://api.jobhunt.dev/followup",
      auth: { issuer: "https://login.jobhunt.dev/" },
    });
    expect(synth.stateless.webSignIn).toBeUndefined();
    stateless.resourceCountIs("AWS::Cognito::UserPoolDomain", 0);
    stateless.resourceCountIs("AWS::Cognito::UserPoolClient", 0);
    expect(cspOf(stateless).get("connect-src")).toEqual([
      "'self'",
      "https://api.jobhunt.dev",
      "https://login.jobhunt.dev",
    ]);
  });

  it("hands out links and the calendar feed URL under the public API URL, in the routes too", () => {
    for (const id of ["IssueCalendarFeed", "Sender", "Inbound"]) {
      const fn = synth.stateless.functions.get(id);
      if (fn === undefined) throw new Error(`no function ${id}`);
      const variables = stateless.toJSON().Resources[logicalIdOf(fn.fn)].Properties.Environment.Variables;
      expect(variables.PUBLIC_API_URL).toBe("https://api.jobhunt.dev/followup");
    }
  });

  it("applies the configured throttling and log retention", () => {
    stateless.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      DefaultRouteSettings: { ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 },
    });
    const retentions = Object.values(stateless.findResources("AWS::Logs::LogGroup")).map(
      (group) => group.Properties.RetentionInDays,
    );
    expect(new Set(retentions)).toEqual(new Set([90]));
  });

  it("sends as the configured address, whose domain is the SES identity", () => {
    const sender = synth.stateless.functions.get("Sender");
    expect(sender).toBeDefined();
    const json = JSON.stringify(stateless.toJSON());
    expect(json).toContain(":identity/jobhunt.dev");
    expect(json).toContain('"MAIL_FROM_ADDRESS":"hello@jobhunt.dev"');
  });

  it("carries no deploy guard in either stack", () => {
    for (const template of [synth.statefulTemplate, stateless]) {
      expect(template.toJSON().Parameters ?? {}).not.toHaveProperty(EXAMPLE_VALUES_PARAMETER);
      expect(template.toJSON().Rules ?? {}).not.toHaveProperty("RefuseExampleSettings");
    }
  });
});
