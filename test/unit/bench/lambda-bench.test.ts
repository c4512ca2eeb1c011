import type { Metafile } from "esbuild";
import { describe, expect, it } from "vitest";
import { baselineSource, type RecordedCall } from "../../../bench/lambdas/baseline-source.js";
import { type LambdaSamples, lambdaResult } from "../../../bench/lambdas/lambda-result.js";
import { missedTargets, targetSummary } from "../../../bench/lambdas/lambda-targets.js";
import { median } from "../../../bench/lambdas/median.js";
import { resultTable } from "../../../bench/lambdas/result-table.js";
import { runOutcome } from "../../../bench/lambdas/run-outcome.js";
import { sdkClientsIn } from "../../../bench/lambdas/sdk-clients-in.js";
import { toTaggedJson } from "../../../bench/lambdas/to-tagged-json.js";

/** A metafile whose one output holds these inputs with these byte counts. */
function metafileOf(inputs: Record<string, number>): Metafile {
  return {
    inputs: {},
    outputs: {
      "out.mjs": {
        bytes: 1,
        exports: [],
        imports: [],
        inputs: Object.fromEntries(
          Object.entries(inputs).map(([path, bytesInOutput]) => [path, { bytesInOutput }]),
        ),
      },
    },
  };
}

describe("sdkClientsIn", () => {
  it("names the clients whose code is in the output, in the report's order, once each", () => {
    const metafile = metafileOf({
      "node_modules/@aws-sdk/client-sesv2/dist-es/SESv2Client.js": 900,
      "node_modules/@aws-sdk/lib-dynamodb/dist-es/commands/PutCommand.js": 120,
      "node_modules/@aws-sdk/client-dynamodb/dist-es/DynamoDBClient.js": 800,
      "node_modules/@aws-sdk/client-dynamodb/dist-es/commands/GetItemCommand.js": 300,
      "functions/sender.ts": 500,
    });
    expect(sdkClientsIn(metafile)).toEqual(["client-dynamodb", "lib-dynamodb", "client-sesv2"]);
  });

  it("leaves out a client tree-shaken to nothing, and SDK packages that are not clients", () => {
    const metafile = metafileOf({
      "node_modules/@aws-sdk/client-s3/dist-es/index.js": 0,
      "node_modules/@aws-sdk/credential-provider-node/dist-es/index.js": 4000,
      "node_modules/@aws-sdk/nested-clients/dist-es/submodules/sts/STSClient.js": 4000,
      "../other/node_modules/@aws-sdk/client-scheduler/dist-es/SchedulerClient.js": 700,
    });
    expect(sdkClientsIn(metafile)).toEqual(["client-scheduler"]);
  });
});

describe("median", () => {
  it("takes the middle of an odd count whatever the order, and the mean of the two middle ones of an even count", () => {
    expect(median([9, 1, 5, 7, 3])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([42])).toBe(42);
  });

  it("is NaN with no value, not 0", () => {
    expect(median([])).toBeNaN();
  });
});

interface Flat {
  entry: string;
  bundleBytes: number;
  baselineBytes: number;
  initMs: number[];
  baselineInitMs: number[];
  firstInvokeMs: number[];
  baselineFirstInvokeMs: number[];
}

/** Samples whose CPU times are a tenth of the wall times, so both figures can be checked. */
function samplesOf(f: Flat): LambdaSamples {
  const tenth = (xs: number[]) => xs.map((x) => x / 10);
  return {
    entry: f.entry,
    bundleBytes: f.bundleBytes,
    baselineBytes: f.baselineBytes,
    bundle: {
      initMs: f.initMs,
      firstInvokeMs: f.firstInvokeMs,
      initCpuMs: tenth(f.initMs),
      firstInvokeCpuMs: tenth(f.firstInvokeMs),
    },
    baseline: {
      initMs: f.baselineInitMs,
      firstInvokeMs: f.baselineFirstInvokeMs,
      initCpuMs: tenth(f.baselineInitMs),
      firstInvokeCpuMs: tenth(f.baselineFirstInvokeMs),
    },
  };
}
const resultOf = (f: Flat) => lambdaResult(samplesOf(f));

describe("lambdaResult and its targets", () => {
  const samples: Flat = {
    entry: "functions/http/get-interview.ts",
    bundleBytes: 400_000,
    baselineBytes: 340_000,
    initMs: [50, 52, 48, 200, 51, 49, 50],
    baselineInitMs: [40, 41, 39, 40, 42, 38, 40],
    firstInvokeMs: [90, 95, 91, 93, 92, 300, 94],
    baselineFirstInvokeMs: [80, 81, 79, 82, 78, 83, 80],
  };

  it("gives medians, the bytes over the baseline and the ratios of the medians, in wall and CPU time", () => {
    expect(resultOf(samples)).toEqual({
      entry: "functions/http/get-interview.ts",
      bundleBytes: 400_000,
      baselineBytes: 340_000,
      bundleOverBaselineBytes: 60_000,
      initMs: 50,
      baselineInitMs: 40,
      initRatio: 1.25,
      firstInvokeMs: 93,
      baselineFirstInvokeMs: 80,
      firstInvokeRatio: 1.16,
      initCpuMs: 5,
      baselineInitCpuMs: 4,
      initCpuRatio: 1.25,
      firstInvokeCpuMs: 9.3,
      baselineFirstInvokeCpuMs: 8,
      firstInvokeCpuRatio: 1.16,
      runs: 7,
    });
  });

  it("meets the targets at exactly 1.25 and 100 KB over, and misses them just past", () => {
    const row = resultOf({ ...samples, bundleBytes: 340_000 + 100 * 1024 });
    expect(missedTargets(row)).toEqual([]);
    const worse = resultOf({ ...samples, bundleBytes: 340_001 + 100 * 1024, initMs: [52, 52, 52] });
    expect(missedTargets(worse)).toEqual(["bundle 100 KB over baseline > 100 KB", "init 1.3x > 1.25x"]);
  });

  it("gives the inbound parser 250 KB, and counts a Lambda with no runs as missing", () => {
    const inbound = resultOf({
      ...samples,
      entry: "functions/inbound.ts",
      bundleBytes: 340_000 + 200 * 1024,
    });
    expect(missedTargets(inbound)).toEqual([]);
    const other = resultOf({ ...samples, bundleBytes: 340_000 + 200 * 1024 });
    expect(missedTargets(other)).toEqual(["bundle 200 KB over baseline > 100 KB"]);
    const unmeasured = resultOf({ ...samples, firstInvokeMs: [] });
    expect(unmeasured.runs).toBe(0);
    expect(missedTargets(unmeasured)).toEqual(["first invoke NaNx > 1.25x"]);
    expect(targetSummary([inbound, other, unmeasured])).toMatch(/^1 of 3 Lambdas within target/);
  });
});

describe("runOutcome", () => {
  it("reads the figures from the last marked line, past the handler's log lines", () => {
    const stdout =
      '{"level":"info","message":"BENCH_RESULT in a log"}\n\nBENCH_RESULT {"initMs":12.5,"firstInvokeMs":40,"initCpuMs":10,"firstInvokeCpuMs":30,"statusCode":200}\n';
    expect(runOutcome(stdout)).toEqual({
      initMs: 12.5,
      firstInvokeMs: 40,
      initCpuMs: 10,
      firstInvokeCpuMs: 30,
    });
  });

  it("passes on how many of a baseline's replayed calls failed", () => {
    const line =
      'BENCH_RESULT {"initMs":1,"firstInvokeMs":2,"initCpuMs":1,"firstInvokeCpuMs":2,"statusCode":200,"failedCalls":3}';
    expect(runOutcome(line)).toEqual({
      initMs: 1,
      firstInvokeMs: 2,
      initCpuMs: 1,
      firstInvokeCpuMs: 2,
      failedCalls: 3,
    });
  });

  it("makes an error answer, a throw or silence a failure", () => {
    expect(runOutcome('BENCH_RESULT {"initMs":1,"firstInvokeMs":2,"statusCode":404}').failure).toBe(
      "answered 404",
    );
    expect(
      runOutcome('BENCH_RESULT {"initMs":1,"firstInvokeMs":2,"error":"Error: boom\\n at x"}').failure,
    ).toBe("threw Error: boom");
    expect(runOutcome("").failure).toBe("printed no figures");
  });
});

describe("baselineSource", () => {
  const calls: RecordedCall[] = [
    { client: "lib-dynamodb", command: "GetCommand", input: { TableName: "t", Key: { pk: "a" } }, wave: 1 },
    { client: "client-scheduler", command: "CreateScheduleCommand", input: { Name: "s1" }, wave: 2 },
    { client: "client-scheduler", command: "CreateScheduleCommand", input: { Name: "s2" }, wave: 2 },
  ];

  it("imports the bundle's clients and only the commands called, and replays the calls wave by wave", () => {
    const source = baselineSource(
      ["client-dynamodb", "lib-dynamodb", "client-scheduler", "client-secrets-manager"],
      calls,
    );
    expect(source).toContain(
      'import { dynamoDocumentClient } from "./functions/clients/dynamo-document-client.js";',
    );
    expect(source).toContain('import { GetCommand as C0 } from "@aws-sdk/lib-dynamodb";');
    expect(source).toContain('import { CreateScheduleCommand as C1 } from "@aws-sdk/client-scheduler";');
    expect(source.match(/CreateScheduleCommand as/g)).toHaveLength(1);
    expect(source).toContain("secretsManagerClient");
    expect(source).not.toContain("sesClient");
    const waves = JSON.parse(JSON.parse(/JSON\.parse\(("(?:[^"\\]|\\.)*")/.exec(source)?.[1] ?? '""'));
    expect(waves).toEqual([
      [{ c: 0, k: "dynamo", input: { TableName: "t", Key: { pk: "a" } } }],
      [
        { c: 1, k: "scheduler", input: { Name: "s1" } },
        { c: 1, k: "scheduler", input: { Name: "s2" } },
      ],
    ]);
  });

  it("sends a bare DynamoDB command through the document client's own bare client", () => {
    const source = baselineSource(
      ["client-dynamodb", "lib-dynamodb"],
      [
        { client: "lib-dynamodb", command: "GetCommand", input: {}, wave: 1 },
        { client: "client-dynamodb", command: "QueryCommand", input: {}, wave: 2 },
      ],
    );
    expect(source).toContain("dynamo: dynamoDocumentClient()");
    expect(source).toContain("dynamoBare: dynamoDocumentClient().client");
    expect(source).toContain('\\"k\\":\\"dynamoBare\\"');
  });

  it("counts a call the service refused and fails on one that never reached it", async () => {
    const source = baselineSource(
      ["client-scheduler"],
      [{ client: "client-scheduler", command: "CreateScheduleCommand", input: { Name: "s" }, wave: 1 }],
    );
    const body = source
      .split("\n")
      .filter((line) => !line.startsWith("import "))
      .join("\n")
      .replace(/export const /g, "const ");
    const replay = (failure: Error) =>
      new Function("schedulerClient", "C0", `${body}\nreturn handler();`)(
        () => ({
          send: async () => {
            throw failure;
          },
        }),
        class {
          constructor(readonly input: unknown) {}
        },
      ) as Promise<unknown>;
    const refused = Object.assign(new Error("ConflictException"), { $metadata: { httpStatusCode: 409 } });
    expect(await replay(refused)).toEqual({ statusCode: 200, failedCalls: 1 });
    await expect(replay(new TypeError("not a document command"))).rejects.toThrow("not a document command");
  });

  it("builds a plain DynamoDB client when the bundle has no document client", () => {
    const source = baselineSource(
      ["client-dynamodb"],
      [{ client: "client-dynamodb", command: "QueryCommand", input: {}, wave: 1 }],
    );
    expect(source).toContain("withoutSdkLogging(new DynamoDBClient(CLIENT_DEFAULTS))");
    expect(source).not.toContain("lib-dynamodb");
  });
});

describe("toTaggedJson", () => {
  it("tags dates, bytes and sets and drops undefined members", () => {
    expect(
      toTaggedJson({
        at: new Date("2026-12-01T10:00:00Z"),
        raw: new TextEncoder().encode("hi"),
        tags: new Set(["a", "b"]),
        gone: undefined,
        list: [1, { n: null }],
      }),
    ).toEqual({
      at: { $date: "2026-12-01T10:00:00.000Z" },
      raw: { $base64: "aGk=" },
      tags: { $set: ["a", "b"] },
      list: [1, { n: null }],
    });
  });
});

describe("resultTable", () => {
  it("prints one Markdown row per Lambda with its figures and the targets it misses", () => {
    const met = resultOf({
      entry: "functions/http/health.ts",
      bundleBytes: 2048,
      baselineBytes: 1024,
      initMs: [10],
      baselineInitMs: [10],
      firstInvokeMs: [12],
      baselineFirstInvokeMs: [10],
    });
    const missed = resultOf({
      entry: "functions/inbound.ts",
      bundleBytes: 3_000_000,
      baselineBytes: 500_000,
      initMs: [300],
      baselineInitMs: [100],
      firstInvokeMs: [110],
      baselineFirstInvokeMs: [100],
    });
    const lines = resultTable([met, missed]);
    expect(lines).toHaveLength(4);
    expect(lines[2]).toBe(
      "| `http/health.ts` | 2 KB | 1 KB | 1 KB | 10 ms (10 ms) | 1.00x | 12 ms (10 ms) | 1.20x | 1.00x / 1.20x | none |",
    );
    expect(lines[3]).toBe(
      "| `inbound.ts` | 2,930 KB | 488 KB | 2,441 KB | 300 ms (100 ms) | 3.00x | 110 ms (100 ms) | 1.10x | 3.00x / 1.10x | size, init |",
    );
  });
});
