import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { bucketDeployments, cspOf, deployTimeValue, siteConfigOf } from "./site-config-of.js";
import { logicalIdOf, type SynthesizedApp, synthFollowupApp } from "./synth-followup-app.js";

/** The example settings of cdk.json: the stack's own Cognito user pool is the issuer. */
let synth: SynthesizedApp;
let template: Template;
let siteIds: { bucket: string; distribution: string; api: string; client: string; domain: string };

beforeAll(() => {
  synth = synthFollowupApp();
  template = synth.statelessTemplate;
  const { site, webSignIn, httpApi } = synth.stateless;
  if (webSignIn === undefined) throw new Error("the example settings should give a hosted sign-in");
  siteIds = {
    bucket: logicalIdOf(site.bucket),
    distribution: logicalIdOf(site.distribution),
    api: logicalIdOf(httpApi.api),
    client: logicalIdOf(webSignIn.client),
    domain: logicalIdOf(webSignIn.domain),
  };
});

const siteOrigin = () => ({
  "Fn::Join": ["", ["https://", { "Fn::GetAtt": [siteIds.distribution, "DomainName"] }]],
});

describe("the web app's bucket", () => {
  it("is private and encrypted, and only the distribution may read it, over TLS", () => {
    template.hasResource("AWS::S3::Bucket", {
      Properties: Match.objectLike({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: Match.anyValue(),
      }),
      DeletionPolicy: "Retain",
    });
    const policy = Object.values(template.findResources("AWS::S3::BucketPolicy")).find(
      (resource) => JSON.stringify(resource.Properties.Bucket) === JSON.stringify({ Ref: siteIds.bucket }),
    );
    const statements = policy?.Properties.PolicyDocument.Statement as {
      Effect: string;
      Principal: unknown;
      Action: string | string[];
      Condition?: Record<string, Record<string, unknown>>;
    }[];
    const allows = statements.filter((statement) => statement.Effect === "Allow");
    expect(allows).toEqual([
      expect.objectContaining({
        Principal: { Service: "cloudfront.amazonaws.com" },
        Action: "s3:GetObject",
        Condition: {
          StringEquals: {
            "AWS:SourceArn": expect.objectContaining({
              "Fn::Join": expect.arrayContaining([expect.arrayContaining([{ Ref: siteIds.distribution }])]),
            }),
          },
        },
      }),
    ]);
    expect(statements).toContainEqual(
      expect.objectContaining({ Effect: "Deny", Condition: { Bool: { "aws:SecureTransport": "false" } } }),
    );
  });
});

describe("the distribution", () => {
  it("serves the bucket through Origin Access Control, HTTPS only, index.html at the root", () => {
    const config = template.toJSON().Resources[siteIds.distribution].Properties.DistributionConfig;
    expect(config).toMatchObject({
      Enabled: true,
      DefaultRootObject: "index.html",
      DefaultCacheBehavior: { ViewerProtocolPolicy: "https-only", AllowedMethods: ["GET", "HEAD"] },
    });
    expect(config.Origins).toHaveLength(1);
    expect(config.Origins[0]).toMatchObject({
      DomainName: { "Fn::GetAtt": [siteIds.bucket, "RegionalDomainName"] },
      OriginAccessControlId: { "Fn::GetAtt": [expect.any(String), "Id"] },
      S3OriginConfig: { OriginAccessIdentity: "" },
    });
    template.resourceCountIs("AWS::CloudFront::CloudFrontOriginAccessIdentity", 0);
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: { OriginAccessControlOriginType: "s3", SigningBehavior: "always" },
    });
  });

  it("answers index.html for a path that is no file, so the app's own routes survive a reload", () => {
    const config = template.toJSON().Resources[siteIds.distribution].Properties.DistributionConfig;
    expect([...config.CustomErrorResponses].sort((a, b) => a.ErrorCode - b.ErrorCode)).toEqual([
      expect.objectContaining({ ErrorCode: 403, ResponseCode: 200, ResponsePagePath: "/index.html" }),
      expect.objectContaining({ ErrorCode: 404, ResponseCode: 200, ResponsePagePath: "/index.html" }),
    ]);
  });

  it("sends HSTS, nosniff, no framing and no referrer on every answer", () => {
    const config = template.toJSON().Resources[siteIds.distribution].Properties.DistributionConfig;
    const policyId = logicalIdOf(synth.stateless.site.responseHeaders);
    expect(config.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const headers =
      template.toJSON().Resources[policyId].Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toMatchObject({ IncludeSubdomains: true, Override: true });
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: "no-referrer", Override: true });
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
  });

  it("has a strict Content-Security-Policy: own files only, no inline script, calls to the API and the sign-in only", () => {
    const csp = cspOf(template);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("script-src")).toEqual(["'self'"]);
    expect(csp.get("style-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    expect(csp.get("base-uri")).toEqual(["'none'"]);
    for (const sources of csp.values()) {
      expect(sources.filter((source) => /unsafe|^\*$|^https?:$|^http:\/\//.test(source))).toEqual([]);
    }
    expect(csp.get("connect-src")).toEqual([
      "'self'",
      `https://*.execute-api.${deployTimeValue({ Ref: "AWS::Region" })}.${deployTimeValue({ Ref: "AWS::URLSuffix" })}`,
      `https://${deployTimeValue({ Ref: siteIds.domain })}.auth.${deployTimeValue({ Ref: "AWS::Region" })}.amazoncognito.com`,
    ]);
  });

  it("is named in the stack's outputs as WebAppUrl", () => {
    template.hasOutput("WebAppUrl", { Value: siteOrigin() });
  });
});

describe("what each deploy uploads", () => {
  it("writes config.json with the API's URL and the hosted sign-in of the stack's user pool", () => {
    const config = siteConfigOf(template, synth.outdir);
    expect(config).toEqual({
      apiUrl: deployTimeValue({ "Fn::GetAtt": [siteIds.api, "ApiEndpoint"] }),
      auth: {
        // The user pool's provider name, exported by the stateful stack.
        issuer: expect.stringMatching(
          /^https:\/\/<\{"Fn::GetStackOutput":\{"StackName":"FollowupStateful".*ProviderName.*\}\}>$/,
        ),
        clientId: deployTimeValue({ Ref: siteIds.client }),
        hostedUiDomain: `${deployTimeValue({ Ref: siteIds.domain })}.auth.${deployTimeValue({ Ref: "AWS::Region" })}.amazoncognito.com`,
        // The page the app links to; the tokens come back in the fragment, to the app's own URL only.
        signInUrl: `https://${deployTimeValue({ Ref: siteIds.domain })}.auth.${deployTimeValue({ Ref: "AWS::Region" })}.amazoncognito.com/login?client_id=${deployTimeValue({ Ref: siteIds.client })}&response_type=token&scope=openid+email&redirect_uri=https://${deployTimeValue({ "Fn::GetAtt": [siteIds.distribution, "DomainName"] })}/`,
      },
    });
  });

  it("keeps hashed assets a year and never prunes them; pages and config.json are revalidated and the cache invalidated", () => {
    const deployments = bucketDeployments(template);
    expect(deployments).toHaveLength(2);
    const assets = deployments.find((deployment) => deployment.Prune === false);
    const pages = deployments.find((deployment) => deployment.Prune === true);
    expect(assets).toMatchObject({
      Exclude: ["*"],
      Include: ["assets/*"],
      SystemMetadata: { "cache-control": "public, max-age=31536000, immutable" },
    });
    expect(assets?.DistributionId).toBeUndefined();
    expect(pages).toMatchObject({
      Exclude: ["assets/*"],
      SystemMetadata: { "cache-control": "no-cache" },
      DistributionId: { Ref: siteIds.distribution },
      DistributionPaths: ["/*"],
    });
    // The build itself (index.html, assets/...) goes up in both, from the same asset.
    const buildKeys = deployments.map((deployment) => deployment.SourceObjectKeys[0]);
    expect(new Set(buildKeys).size).toBe(1);
    const build = path.join(synth.outdir, `asset.${buildKeys[0]?.replace(/\.zip$/, "")}`);
    expect(fs.readdirSync(build).sort()).toEqual(["assets", "index.html"]);
  });
});

describe("the hosted sign-in and the API", () => {
  it("gives the web app a public client (implicit and code flows) that returns only to the app's own URL", () => {
    const client = template.toJSON().Resources[siteIds.client].Properties;
    const returnTo = {
      "Fn::Join": ["", ["https://", { "Fn::GetAtt": [siteIds.distribution, "DomainName"] }, "/"]],
    };
    expect(client).toMatchObject({
      GenerateSecret: false,
      AllowedOAuthFlows: expect.arrayContaining(["implicit", "code"]),
      AllowedOAuthFlowsUserPoolClient: true,
      CallbackURLs: [returnTo],
      LogoutURLs: [returnTo],
      SupportedIdentityProviders: ["COGNITO"],
    });
    expect(client.ExplicitAuthFlows).toEqual(["ALLOW_REFRESH_TOKEN_AUTH"]);
    expect(client.AllowedOAuthScopes).not.toContain("aws.cognito.signin.user.admin");
  });

  it("accepts the web app's tokens, and allows its origin with Authorization and Idempotency-Key by CORS", () => {
    const authorizer = Object.values(template.findResources("AWS::ApiGatewayV2::Authorizer"))[0];
    expect(authorizer?.Properties.JwtConfiguration.Audience).toContainEqual({ Ref: siteIds.client });
    const api = template.toJSON().Resources[siteIds.api].Properties;
    expect(api.CorsConfiguration.AllowOrigins).toEqual(["https://app.example.com", siteOrigin()]);
    expect(api.CorsConfiguration.AllowHeaders).toEqual(
      expect.arrayContaining(["authorization", "idempotency-key"]),
    );
  });
});

describe("without a build of the web app", () => {
  it("stops the synth with one line saying to run npm run build:web first", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "followup-no-web-dist-"));
    expect(() => synthFollowupApp({ webDistDir: path.join(empty, "dist") })).toThrow(
      /^The web app is not built \(no index\.html in .*dist\): run npm run build:web first\.$/,
    );
  });
});
