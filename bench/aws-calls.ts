/**
 * AWS calls per operation (`npm run bench:calls`): the local stack runs in this process on ports the
 * system picks, with the handlers' DynamoDB, Scheduler, SESv2 and S3 endpoints pointed at counting
 * proxies. It registers one interview (K steps, as the API plans them for a weekday onsite), moves the
 * local clock just past the first step (steps due the same minute fire together; per-step cost divides by
 * them), answers the sent email by SMTP, then plays the rest of the chain (the schedules the reply left fire
 * and find their steps cancelled); for each operation it prints every
 * SDK call the handlers made, by service and command, and the DynamoDB request units (each write sized by
 * its item just before and after it, on the table and on every index it changes: calls/write-units.ts),
 * then the cost per 1,000 interviews at the list prices in calls/prices.ts (`-- --detail` also lists each
 * call in order, with its key and expressions).
 * Writes bench/calls-results.json. Asserts nothing: figures, not tests.
 */
import { writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { REPO_ROOT } from "../local/repo-root.js";
import { addUsage, NO_USAGE, type Usage } from "./calls/add-usage.js";
import { costOf, type LambdaAssumption } from "./calls/cost-of.js";
import { countByCommand } from "./calls/count-by-command.js";
import type { SeenCall } from "./calls/counting-proxy.js";
import { describeCall } from "./calls/describe-call.js";
import { itemBytes } from "./calls/dynamo-item-bytes.js";
import { measureCalls } from "./calls/measure-calls.js";
import { PRICES } from "./calls/prices.js";
import { type Units, unitsOf } from "./calls/units-of.js";
import { quietConsole } from "./load/quiet-console.js";

/** Billed duration assumed per Lambda invocation (the handlers make a few loopback-latency calls each). */
const LAMBDA: LambdaAssumption = { memoryMb: 256, durationMs: 200 };

/** An operation's calls, their DynamoDB units (worked out once) and its usage of every priced dimension. */
function operationOf(name: string, target: string, calls: SeenCall[], base: Partial<Usage>) {
  const units = unitsOf(calls);
  const count = (service: string, commands: string[]) =>
    calls.filter((c) => c.service === service && commands.includes(c.command)).length;
  const usage: Usage = {
    ...NO_USAGE,
    ...base,
    emailsSent: count("SESv2", ["SendEmail"]),
    readUnits: units.read,
    writeUnits: units.write,
    s3Reads: count("S3", ["GetObject", "HeadObject", "ListObjects", "ListObjectsV2"]) + (base.s3Reads ?? 0),
    // S3 DELETE requests are free.
    s3Writes: count("S3", ["PutObject"]) + (base.s3Writes ?? 0),
  };
  return { name, target, calls, units, usage };
}

/** A PutItem of the Message-ID index: written by ses-events from SES's Send event, not by the sender. */
function isMessageIndexWrite(call: SeenCall): boolean {
  return call.service === "DynamoDB" && call.command === "PutItem" && call.requestBody.includes('"MESSAGE#');
}

/** `--detail` lists every call in order, with its key and expressions. */
const DETAIL = process.argv.includes("--detail");

const usd = (n: number) => `$${n.toFixed(4)}`;

/** "30 (table 10; gsi1 10, gsi2 10)": write units and where they went. */
function describeWrites(units: Units): string {
  const indexes = Object.entries(units.indexWrite).map(([name, n]) => `${name} ${n}`);
  return `${units.write} (table ${units.tableWrite}${indexes.length ? `; ${indexes.join(", ")}` : ""})`;
}

async function main() {
  const quiet = await quietConsole(measureCalls);
  const { k, register, send, reply, stepsFired, leftovers, leftoversFired } = quiet.value;
  const all = [...register, ...send, ...reply, ...leftovers];
  const largestItem = Math.max(0, ...all.flatMap((c) => (c.write?.after ? [itemBytes(c.write.after)] : [])));

  // The handlers of one phase share the counting proxies: ses-events' writes are told by their key.
  const sender = send.filter((c) => !isMessageIndexWrite(c));
  const indexed = send.filter(isMessageIndexWrite);
  const operations = [
    // One API Gateway request and one Lambda (the API); one Scheduler invocation and one Lambda (the
    // sender); SES receives one email, its receipt rule stores it in S3 (one PUT) and invokes the inbound Lambda.
    operationOf(`register one interview (K = ${k} steps)`, `at most K + 3 = ${k + 3}`, register, {
      apiRequests: 1,
      lambdaInvocations: 1,
    }),
    operationOf(
      `send steps (${stepsFired} due at the same minute fired together)`,
      `at most 4 per step = ${4 * stepsFired}`,
      sender,
      { schedulerInvocations: stepsFired, lambdaInvocations: stepsFired },
    ),
    // SES publishes a Send event per email it took; ses-events indexes an email to a contact's Message-ID.
    operationOf(
      "ses-events indexes the sent Message-IDs (SES's Send events, off the sender's path)",
      "none (not the sender's; one write per email to a contact)",
      indexed,
      { lambdaInvocations: stepsFired },
    ),
    operationOf("receive one reply", "at most 6", reply, {
      emailsReceived: 1,
      s3Writes: 1,
      lambdaInvocations: 1,
    }),
    // Not deleted by the reply: each fires once, and the sender finds its step cancelled.
    operationOf(
      `the reply's cancelled steps' schedules fire (${leftoversFired} left)`,
      "none (clean-up, not counted by issue 12)",
      leftovers,
      { schedulerInvocations: leftoversFired, lambdaInvocations: leftoversFired },
    ),
  ];
  const [reg, sendAll, indexAll, rep, left] = operations.map((o) => o.usage) as [
    Usage,
    Usage,
    Usage,
    Usage,
    Usage,
  ];
  // One step is the fired batch's usage (the sender's, and ses-events' for its Send events) over its steps.
  const snd = addUsage([
    { usage: sendAll, times: 1 / stepsFired },
    { usage: indexAll, times: 1 / stepsFired },
  ]);

  console.log(`AWS SDK calls the handlers made, per operation (local stack, ${new Date().toISOString()})`);
  for (const op of operations) {
    const counts = countByCommand(op.calls);
    const failed = op.calls.filter((c) => c.status >= 400).length;
    console.log(
      `\n${op.name}: ${op.calls.length} calls${failed ? ` (${failed} answered >= 400)` : ""}; issue 12 target: ${op.target}`,
    );
    for (const [command, n] of counts) console.log(`  ${command.padEnd(34)} ${String(n).padStart(3)}`);
    if (DETAIL) for (const [i, c] of op.calls.entries()) console.log(`    ${i + 1}. ${describeCall(c)}`);
    console.log(`  DynamoDB request units: read ${op.usage.readUnits}, write ${describeWrites(op.units)}`);
  }
  console.log(
    `\nLargest item written: ${largestItem} bytes (DynamoDB's item size). A write is billed for the larger of its item before and after, and again on every index it changes (an index of ALL attributes: its whole entry, once, twice when its key changes), as each write's item was read just before and after it.`,
  );

  const scenarios = [
    {
      name: `no reply: all ${k} steps sent`,
      usage: addUsage([
        { usage: reg, times: 1 },
        { usage: snd, times: k },
      ]),
    },
    {
      name: "reply after the first step",
      usage: addUsage([
        { usage: reg, times: 1 },
        { usage: snd, times: 1 },
        { usage: rep, times: 1 },
        { usage: left, times: 1 },
      ]),
    },
  ];
  console.log(
    `\nCost per 1,000 interviews, us-east-1 list prices, no free tier deducted (Lambda ${LAMBDA.memoryMb} MB, ${LAMBDA.durationMs} ms billed per invocation;` +
      ` Scheduler: the first ${PRICES.schedulerFreeInvocationsPerMonth / 1e6}M invocations a month are free, so in practice $0 there):`,
  );
  const costs = scenarios.map((s) => ({ ...s, cost: costOf(s.usage, 1000, PRICES, LAMBDA) }));
  for (const s of costs) {
    const c = s.cost;
    console.log(
      `  ${s.name.padEnd(30)} total ${usd(c.total)}  (Lambda ${usd(c.lambda)}, API GW ${usd(c.apiGateway)}, DynamoDB ${usd(c.dynamodb)}, Scheduler ${usd(c.scheduler)}, SES ${usd(c.ses)}, S3 ${usd(c.s3)})`,
    );
  }
  if (quiet.errorLines) console.log(`\n(${quiet.errorLines} error lines were logged by the handlers)`);

  const out = join(REPO_ROOT, "bench", "calls-results.json");
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        at: new Date().toISOString(),
        node: process.version,
        cpus: os.cpus().length,
        k,
        largestItemBytes: largestItem,
        lambda: LAMBDA,
        prices: PRICES,
        operations: operations.map((o) => ({
          name: o.name,
          calls: Object.fromEntries(countByCommand(o.calls)),
          usage: o.usage,
          writeUnits: { table: o.units.tableWrite, indexes: o.units.indexWrite },
        })),
        per1000Interviews: costs.map((s) => ({ name: s.name, usage: s.usage, usd: s.cost })),
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nWrote ${out}`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
