import type { Metafile } from "esbuild";

/** The AWS SDK packages a Lambda of this service may bundle, in the order the benchmark reports them. */
export const SDK_CLIENTS = [
  "client-dynamodb",
  "lib-dynamodb",
  "client-scheduler",
  "client-sesv2",
  "client-s3",
  "client-secrets-manager",
] as const;
export type SdkClient = (typeof SDK_CLIENTS)[number];

/**
 * The SDK clients whose code ended up in a bundle: an input under `node_modules/@aws-sdk/<client>/` that
 * put at least one byte into the output. A client only imported for its types, or tree-shaken away, is
 * not in it.
 */
export function sdkClientsIn(metafile: Metafile): SdkClient[] {
  const found = new Set<string>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [path, input] of Object.entries(output.inputs)) {
      if (input.bytesInOutput <= 0) continue;
      const match = /(?:^|\/)node_modules\/@aws-sdk\/([^/]+)\//.exec(path);
      if (match?.[1]) found.add(match[1]);
    }
  }
  return SDK_CLIENTS.filter((client) => found.has(client));
}
