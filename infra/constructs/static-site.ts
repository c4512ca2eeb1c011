import fs from "node:fs";
import path from "node:path";
import { Duration, RemovalPolicy, Stack, Validations } from "aws-cdk-lib";
import * as acm from "aws-cdk-lib/aws-certificatemanager";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3deploy from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { contentSecurityPolicy } from "./content-security-policy.js";
import { WebAppNotBuiltError } from "./web-app-not-built-error.js";

/** Vite writes its content-hashed files here: they never change, so browsers may keep them a year. */
export const HASHED_ASSETS_DIR = "assets";
export const SITE_CONFIG_KEY = "config.json";

export interface StaticSiteProps {
  /** The built web app (`web/dist`): index.html at its root; a missing build fails the synth. */
  distDir: string;
  /** Origins the app may call besides its own (the API, the sign-in's token endpoint): CSP connect-src. */
  connectOrigins: readonly string[];
  /** Retention of the deployment's log (the copy that runs on each deploy). */
  logRetentionDays: number;
  /** A host name of your own and its ACM certificate in us-east-1; default: the cloudfront.net name. */
  customDomain?: { domain: string; certificateArn: string } | undefined;
}

/**
 * The web app as static files: a private bucket that only this distribution may read (Origin Access
 * Control), served over HTTPS only with a strict Content-Security-Policy, HSTS, nosniff and no framing;
 * unknown paths answer index.html so the app's own routes load on a refresh. Each deploy uploads the build
 * and a generated `/config.json`, then invalidates the cache.
 */
export class StaticSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  readonly responseHeaders: cloudfront.ResponseHeadersPolicy;
  private readonly distDir: string;
  private readonly logRetentionDays: number;
  private readonly customDomain: string | undefined;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);
    if (!fs.existsSync(path.join(props.distDir, "index.html"))) throw new WebAppNotBuiltError(props.distDir);
    this.distDir = props.distDir;
    this.logRetentionDays = props.logRetentionDays;
    this.customDomain = props.customDomain?.domain;

    this.bucket = new s3.Bucket(this, "Files", {
      encryption: s3.BucketEncryption.S3_MANAGED,
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      enforceSSL: true,
      // The files are rebuilt from the repository on every deploy; retained like every bucket of the app,
      // so a stack deletion never fails on a non-empty bucket.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    Validations.of(this.bucket).acknowledge({
      id: "AwsSolutions::AwsSolutions-S1",
      reason:
        "The bucket holds only the public web app's build, readable solely by this distribution through Origin Access Control; the files are rebuilt from the repository on every deploy and hold no user data.",
    });

    this.responseHeaders = new cloudfront.ResponseHeadersPolicy(this, "Headers", {
      comment: "Follow-up web app: strict CSP, HSTS, nosniff, no framing, no referrer",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.connectOrigins),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(365),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: cloudfront.HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
    });

    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: "Follow-up web app",
      defaultRootObject: "index.html",
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: this.responseHeaders,
        compress: true,
      },
      // The app routes in the browser: a path that is no file (S3 answers 403 to OAC for a missing key)
      // gets index.html, which reads the address and shows the right screen.
      errorResponses: [403, 404].map((httpStatus) => ({
        httpStatus,
        responseHttpStatus: 200,
        responsePagePath: "/index.html",
        ttl: Duration.seconds(10),
      })),
      ...(props.customDomain === undefined
        ? {}
        : {
            domainNames: [props.customDomain.domain],
            certificate: acm.Certificate.fromCertificateArn(
              this,
              "Certificate",
              props.customDomain.certificateArn,
            ),
            minimumProtocolVersion: cloudfront.SecurityPolicyProtocol.TLS_V1_2_2021,
          }),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
    });
    Validations.of(this.distribution).acknowledge(
      {
        id: "AwsSolutions::AwsSolutions-CFR1",
        reason:
          "A job seeker may use the app from any country; the app serves only public static files, and every call for data goes to the API with a bearer token.",
      },
      {
        id: "AwsSolutions::AwsSolutions-CFR2",
        reason:
          "The distribution serves only static files from a private bucket with caching; there is no form or dynamic origin to protect with a WAF. The API has its own throttling.",
      },
      {
        id: "AwsSolutions::AwsSolutions-CFR3",
        reason:
          "The distribution serves only the public build of the web app; requests that touch data go to the API, whose access log records each one. Standard logs would need an ACL-enabled bucket.",
      },
    );
    if (props.customDomain === undefined) {
      Validations.of(this.distribution).acknowledge({
        id: "AwsSolutions::AwsSolutions-CFR4",
        reason:
          "The distribution uses the default *.cloudfront.net certificate, whose minimum viewer TLS version CloudFront fixes (TLSv1); viewers are HTTPS only with HSTS, and a custom domain (followup:webDomain) sets TLSv1.2_2021.",
      });
    }
  }

  /**
   * Uploads the build and `config` as `/config.json` (it may hold deploy-time values: the API's URL, the
   * sign-in's ids), then invalidates the cache. Separate from the constructor because the config names
   * things (the API, the sign-in client) that are themselves built from this site's URL.
   */
  publish(config: Record<string, unknown>): void {
    const logGroup = new logs.LogGroup(this, "DeployLogs", {
      retention: this.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Content-hashed files first, kept a year, never pruned (a page loaded before a deploy still finds them).
    const source = s3deploy.Source.asset(this.distDir);
    const assets = new s3deploy.BucketDeployment(this, "DeployAssets", {
      destinationBucket: this.bucket,
      sources: [source],
      exclude: ["*"],
      include: [`${HASHED_ASSETS_DIR}/*`],
      prune: false,
      logGroup,
      cacheControl: [
        s3deploy.CacheControl.setPublic(),
        s3deploy.CacheControl.maxAge(Duration.days(365)),
        s3deploy.CacheControl.immutable(),
      ],
    });
    // Then the pages and config.json, revalidated on every load, and the cache invalidated.
    const pages = new s3deploy.BucketDeployment(this, "DeployPages", {
      destinationBucket: this.bucket,
      sources: [source, s3deploy.Source.jsonData(SITE_CONFIG_KEY, config)],
      exclude: [`${HASHED_ASSETS_DIR}/*`],
      cacheControl: [s3deploy.CacheControl.noCache()],
      distribution: this.distribution,
      distributionPaths: ["/*"],
      logGroup,
    });
    pages.node.addDependency(assets);
    this.acknowledgeDeploymentHandler();
  }

  /** The CDK's one file-copying function per stack that both deployments share: reviewed once, here. */
  private acknowledgeDeploymentHandler(): void {
    const handler = Stack.of(this).node.children.find((child) =>
      child.node.id.startsWith("Custom::CDKBucketDeployment"),
    );
    if (handler === undefined) return;
    const bucketArn = Stack.of(this).getLogicalId(this.bucket.node.defaultChild as s3.CfnBucket);
    const wildcard = (finding: string) => ({
      id: `AwsSolutions::AwsSolutions-IAM5[${finding}]`,
      reason:
        "The CDK's BucketDeployment handler copies the web app's build from the CDK asset bucket into the site bucket at deploy time (read on the asset bucket's objects, read/write/delete on the site bucket's objects) and invalidates the distribution's cache; CloudFront invalidations take no resource ARN.",
    });
    Validations.of(handler).acknowledge(
      {
        id: "AwsSolutions::AwsSolutions-L1",
        reason:
          "The CDK's BucketDeployment handler runs on the Python runtime aws-cdk-lib pins for it and moves with aws-cdk-lib's version; it runs only during a deploy and handles no user data.",
      },
      {
        id: "AwsSolutions::AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]",
        reason:
          "The CDK's BucketDeployment handler gets only the basic execution policy (its own logs) from the CDK; everything else it may do is granted inline, on the asset and site buckets.",
      },
      wildcard("Action::s3:GetBucket*"),
      wildcard("Action::s3:GetObject*"),
      wildcard("Action::s3:List*"),
      wildcard("Action::s3:Abort*"),
      wildcard("Action::s3:DeleteObject*"),
      wildcard("Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*"),
      wildcard(`Resource::<${bucketArn}.Arn>/*`),
      wildcard("Resource::*"),
    );
  }

  /** The app's origin: `https://` its own host name, else `https://<id>.cloudfront.net`. */
  get url(): string {
    return `https://${this.customDomain ?? this.distribution.distributionDomainName}`;
  }
}
