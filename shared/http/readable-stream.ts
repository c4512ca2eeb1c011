/**
 * What the Lambda bundles give @middy/core in place of `node:stream/web` (the `alias` of
 * bench/lambdas/lambda-build-options.ts and infra/constructs/followup-function.ts). Middy's core imports
 * `ReadableStream` from there for its response-streaming path alone, which no route takes (none sets
 * `streamifyResponse`), and importing that module costs every HTTP route 1.5-3 ms of its init (session 10).
 * This class defers to the global `ReadableStream`, the same class `node:stream/web` exports, so
 * `instanceof` answers as before; the web-streams modules load only if something uses them.
 */
// biome-ignore lint/complexity/noStaticOnlyClass: `instanceof` needs a class (a function with Symbol.hasInstance is one too, but reads worse)
export class ReadableStream {
  static [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof globalThis.ReadableStream;
  }
}
