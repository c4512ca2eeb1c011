import path from "node:path";
import { Duration, RemovalPolicy, Validations } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { bundleAssetsOf, shippedName } from "../../shared/entries/bundle-assets.js";

/** ESM has no `require`; some dependencies still call it, so every bundle gets one back (TOOLCHAIN.md). */
const REQUIRE_BANNER =
  "import { createRequire } from 'module'; const require = createRequire(import.meta.url);";

/**
 * What the bundles import in place of `node:stream/web`, which only middy's response-streaming path uses
 * (shared/http/readable-stream.ts says why). Kept in step with bench/lambdas/lambda-build-options.ts.
 */
export const WEB_STREAMS_STAND_IN = "shared/http/readable-stream.ts";

/** The pass over each built bundle that writes its regex literals in ASCII, relative to the project root. */
export const MAKE_BUNDLE_ASCII = "scripts/make-bundle-ascii.ts";

/** The shell command of that pass over one bundle; grep in the C locale finds any byte above 0x7E. */
const asciiPass = (script: string, bundle: string) =>
  `if LC_ALL=C grep -q '[^[:print:][:space:]]' "${bundle}"; then node --import tsx "${script}" "${bundle}"; fi`;

export interface FollowupFunctionProps {
  /** Entry file relative to `projectRoot`; it exports `handler`. */
  entry: string;
  projectRoot: string;
  /** A CloudWatch Logs retention value, validated with the other deploy settings. */
  logRetentionDays: number;
  /**
   * Run with `NODE_OPTIONS=--enable-source-maps`: stack traces name the source files, and every cold start
   * reads and parses the bundle's map before the handler (+26-38 ms of CPU on Node 20, session 10). The map
   * is shipped either way, so turning it on is a redeploy with the setting, not a rebuild of anything else.
   */
  sourceMaps?: boolean;
  description?: string;
  environment?: Record<string, string>;
  memorySize?: number;
  timeout?: Duration;
  /** Only when something must know the ARN before the function exists (the sender targets itself). */
  functionName?: string;
}

/**
 * One Lambda with the defaults every function of the service shares: Node 22 on arm64, bundled locally
 * by esbuild as minified ESM (no Docker), JSON logs into a log group with a retention, and a role that
 * may write to that log group and nothing else until a grant adds exactly what the function uses.
 */
export class FollowupFunction extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly role: iam.Role;
  readonly logGroup: logs.LogGroup;

  constructor(scope: Construct, id: string, props: FollowupFunctionProps) {
    super(scope, id);
    // Logs live and die with the function; the retention bounds them while it exists.
    this.logGroup = new logs.LogGroup(this, "Logs", {
      retention: props.logRetentionDays as logs.RetentionDays,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    // Our own role instead of the default one, whose AWSLambdaBasicExecutionRole may create and write any
    // log group in the account.
    this.role = new iam.Role(this, "Role", {
      assumedBy: new iam.ServicePrincipal("lambda.amazonaws.com"),
      description: `Runs ${props.entry}`,
    });
    this.role.addToPrincipalPolicy(
      new iam.PolicyStatement({
        actions: ["logs:CreateLogStream", "logs:PutLogEvents"],
        resources: [this.logGroup.logGroupArn],
      }),
    );
    this.fn = new nodejs.NodejsFunction(this, "Function", {
      entry: path.join(props.projectRoot, props.entry),
      handler: "handler",
      projectRoot: props.projectRoot,
      depsLockFilePath: path.join(props.projectRoot, "package-lock.json"),
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout ?? Duration.seconds(10),
      description: props.description ?? props.entry,
      functionName: props.functionName,
      role: this.role,
      logGroup: this.logGroup,
      loggingFormat: lambda.LoggingFormat.JSON,
      applicationLogLevelV2: lambda.ApplicationLogLevel.INFO,
      systemLogLevelV2: lambda.SystemLogLevel.WARN,
      environment: {
        ...(props.sourceMaps ? { NODE_OPTIONS: "--enable-source-maps" } : {}),
        ...props.environment,
      },
      bundling: {
        format: nodejs.OutputFormat.ESM,
        target: "node22",
        mainFields: ["module", "main"],
        banner: REQUIRE_BANNER,
        esbuildArgs: { "--alias": `node:stream/web=${path.join(props.projectRoot, WEB_STREAMS_STAND_IN)}` },
        minify: true,
        sourceMap: true,
        sourcesContent: false,
        // Ship the SDK versions the tests ran against, not whatever the runtime happens to carry.
        bundleAwsSDK: true,
        forceDockerBundling: false,
        commandHooks: {
          beforeBundling: () => [],
          beforeInstall: () => [],
          // The bundle's regex literals in ASCII, so V8 holds its source as one-byte text (esbuild leaves
          // their letters as written; scripts/escape-regex-literals.ts), run from the project root, and only
          // for a bundle with a byte that is neither printable ASCII nor white space (node and tsx take 0.35 s
          // to start; the pass itself leaves a bundle that is all ASCII, control characters and all). Then the
          // data this entry reads at run time relative to its module (the holiday tables, the OpenAPI
          // document), copied beside `index.mjs` so the same relative path holds in the bundle.
          afterBundling: (inputDir, outputDir) => [
            asciiPass(path.posix.join(inputDir, MAKE_BUNDLE_ASCII), path.posix.join(outputDir, "index.mjs")),
            ...bundleAssetsOf(props.entry).map(
              (asset) =>
                `cp -R "${path.posix.join(inputDir, asset.source)}" "${path.posix.join(outputDir, shippedName(asset))}"`,
            ),
          ],
        },
      },
    });
    Validations.of(this.fn).acknowledge({
      id: "AwsSolutions::AwsSolutions-L1",
      reason:
        "Pinned to nodejs22.x on purpose: bundles target node22 and the test suite runs on Node 20/22 (TOOLCHAIN.md). Moving to a newer runtime is a tested change, not a silent drift.",
    });
  }
}
