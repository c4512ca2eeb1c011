import type { SdkClient } from "./sdk-clients-in.js";

/** One SDK call a Lambda made while handling its representative event. */
export interface RecordedCall {
  /** The package the command comes from. */
  client: SdkClient;
  /** The command's class name, e.g. `PutCommand` or `SendEmailCommand`. */
  command: string;
  /** The command's input, as toTaggedJson wrote it. */
  input: unknown;
  /** Calls of one wave were in flight together; waves ran one after the other. */
  wave: number;
}

interface ClientMaker {
  /** The variable the handler holds the client in. */
  name: string;
  /** Import lines, relative to the repository root. */
  imports: string[];
  /** The expression that builds it, as functions/clients/ builds it. */
  make: string;
}

const DOCUMENT_CLIENT: ClientMaker = {
  name: "dynamo",
  imports: ['import { dynamoDocumentClient } from "./functions/clients/dynamo-document-client.js";'],
  make: "dynamoDocumentClient()",
};

/** How the baseline builds each client: with the service's own factories (same settings, same code). */
function makerFor(client: SdkClient, clients: ReadonlySet<SdkClient>): ClientMaker {
  switch (client) {
    case "lib-dynamodb":
      return DOCUMENT_CLIENT;
    case "client-dynamodb":
      // With the document client, a bare command goes through the bare client it wraps (its `send` takes
      // only lib-dynamodb's commands); a bundle with the plain client only gets the plain client.
      return clients.has("lib-dynamodb")
        ? { name: "dynamoBare", imports: DOCUMENT_CLIENT.imports, make: `${DOCUMENT_CLIENT.make}.client` }
        : {
            name: "dynamo",
            imports: [
              'import { DynamoDBClient } from "@aws-sdk/client-dynamodb";',
              'import { CLIENT_DEFAULTS, withoutSdkLogging } from "./functions/clients/client-defaults.js";',
            ],
            make: "withoutSdkLogging(new DynamoDBClient(CLIENT_DEFAULTS))",
          };
    case "client-scheduler":
      return {
        name: "scheduler",
        imports: ['import { schedulerClient } from "./functions/clients/scheduler-client.js";'],
        make: "schedulerClient()",
      };
    case "client-sesv2":
      return {
        name: "ses",
        imports: ['import { sesClient } from "./functions/clients/ses-client.js";'],
        make: "sesClient()",
      };
    case "client-s3":
      return {
        name: "s3",
        imports: ['import { s3Client } from "./functions/clients/s3-client.js";'],
        make: "s3Client()",
      };
    case "client-secrets-manager":
      return {
        name: "secrets",
        imports: ['import { secretsManagerClient } from "./functions/clients/secrets-manager-client.js";'],
        make: "secretsManagerClient()",
      };
  }
}

const REVIVE = `(_k, v) => {
  if (v === null || typeof v !== "object" || Array.isArray(v)) return v;
  const keys = Object.keys(v);
  if (keys.length !== 1) return v;
  if (keys[0] === "$date") return new Date(v.$date);
  if (keys[0] === "$base64") return new Uint8Array(Buffer.from(v.$base64, "base64"));
  if (keys[0] === "$set") return new Set(v.$set);
  return v;
}`;

/**
 * The entry of a Lambda's SDK-only baseline (JavaScript, resolved from the repository root): it imports
 * the clients the Lambda's bundle contains, builds the ones it calls as functions/clients/ does, and its
 * handler makes the Lambda's recorded calls, wave by wave, each wave's calls together. A call's error is
 * counted, not thrown: replayed against the state the first call left (a conditional write that now
 * fails), it is still the same round trip. An error that never reached the service (no HTTP status) is
 * thrown, so the run fails instead of timing a baseline that sent nothing.
 */
export function baselineSource(clients: readonly SdkClient[], calls: readonly RecordedCall[]): string {
  const present = new Set<SdkClient>([...clients, ...calls.map((c) => c.client)]);
  const makers = new Map<string, ClientMaker>();
  for (const client of present) {
    const maker = makerFor(client, present);
    makers.set(maker.name, maker);
  }
  const called = new Set(calls.map((c) => makerFor(c.client, present).name));

  const commandIds = new Map<string, number>();
  const commandImports: string[] = [];
  for (const call of calls) {
    const key = `${call.client}:${call.command}`;
    if (commandIds.has(key)) continue;
    commandIds.set(key, commandIds.size);
    commandImports.push(
      `import { ${call.command} as C${commandIds.size - 1} } from "@aws-sdk/${call.client}";`,
    );
  }
  const waves: { c: number; k: string; input: unknown }[][] = [];
  const waveIndex = new Map<number, number>();
  for (const call of calls) {
    if (!waveIndex.has(call.wave)) {
      waveIndex.set(call.wave, waves.length);
      waves.push([]);
    }
    waves[waveIndex.get(call.wave) as number]?.push({
      c: commandIds.get(`${call.client}:${call.command}`) as number,
      k: makerFor(call.client, present).name,
      input: call.input,
    });
  }

  const imports = [...new Set([...[...makers.values()].flatMap((m) => m.imports), ...commandImports])];
  const built = [...makers.values()].filter((m) => called.has(m.name));
  const unused = [...makers.values()].filter((m) => !called.has(m.name));
  return [
    ...imports,
    `const WAVES = JSON.parse(${JSON.stringify(JSON.stringify(waves))}, ${REVIVE});`,
    `const COMMANDS = [${[...commandIds.values()].map((i) => `C${i}`).join(", ")}];`,
    // Clients the bundle holds but the event does not call: their code is loaded, as in the bundle.
    `export const unusedClients = [${unused.map((m) => `() => ${m.make}`).join(", ")}];`,
    "let clients;",
    "export const handler = async () => {",
    `  clients ??= { ${built.map((m) => `${m.name}: ${m.make}`).join(", ")} };`,
    "  let failedCalls = 0;",
    "  for (const wave of WAVES) {",
    "    await Promise.all(wave.map(async ({ c, k, input }) => {",
    // An error with no HTTP status never reached the service: the replay is wrong, not the state.
    "      try { await clients[k].send(new COMMANDS[c](input)); } catch (e) { if (!e?.$metadata?.httpStatusCode) throw e; failedCalls += 1; }",
    "    }));",
    "  }",
    "  return { statusCode: 200, failedCalls };",
    "};",
    "",
  ].join("\n");
}
