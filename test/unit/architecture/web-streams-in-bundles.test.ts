import { Readable } from "node:stream";
import { ReadableStream as WebReadableStream } from "node:stream/web";
import { describe, expect, it } from "vitest";
import { ENTRY_LIST } from "../../../shared/entries/entry-catalogue.js";
import { ReadableStream } from "../../../shared/http/readable-stream.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

/**
 * middy's core imports `node:stream/web` for a response-streaming path no route takes; the bundles get
 * shared/http/readable-stream.ts in its place (1.5-3 ms of every HTTP route's init, README "Benchmarks").
 */
describe("node:stream/web in the Lambda bundles", async () => {
  const bundles = await catalogueBundles();

  it("is imported by none of them, middy's routes included", () => {
    const entries = [...new Set(ENTRY_LIST.map((e) => e.entry))];
    expect(
      entries.filter((entry) => (bundles.textOf(entry) ?? "missing").includes("node:stream/web")),
    ).toEqual([]);
    expect(bundles.inputsByEntry.get("functions/http/get-usage.ts")).toContain(
      "node_modules/@middy/core/index.js",
    );
  });

  it("is stood in for by a class that answers instanceof as its ReadableStream does", () => {
    const stream = new WebReadableStream();
    expect(stream instanceof ReadableStream).toBe(true);
    expect(new globalThis.ReadableStream() instanceof ReadableStream).toBe(true);
    expect({} instanceof ReadableStream).toBe(false);
    expect(Readable.from([]) instanceof ReadableStream).toBe(false);
  });
});
