import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import { lambdaBuildOptions } from "../../../bench/lambdas/lambda-build-options.js";
import { OVER_BASELINE_LIMIT_BYTES } from "../../../bench/lambdas/lambda-targets.js";
import { shipBundleAssets } from "../../../bench/lambdas/ship-bundle-assets.js";
import { REPO_ROOT } from "../../../local/repo-root.js";
import { bundleAssetsOf } from "../../../shared/entries/bundle-assets.js";
import { openapiEntry } from "../../../shared/entries/entry-catalogue.js";
import { catalogueBundles } from "../../support/catalogue-bundles.js";

const outDir = mkdtempSync(join(tmpdir(), "openapi-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The openapi Lambda built as `dir/index.mjs`, with what the CDK ships beside it when `shipped`. */
async function lambdaIn(dir: string, shipped: boolean): Promise<string> {
  const outfile = join(dir, "index.mjs");
  await build({ ...lambdaBuildOptions(outfile), entryPoints: [join(REPO_ROOT, openapiEntry.entry)] });
  if (shipped) shipBundleAssets(REPO_ROOT, dir, bundleAssetsOf(openapiEntry.entry));
  return outfile;
}

/** Its answers to a client that does not take gzip and to one that does, in a fresh process. */
function answers(outfile: string): string {
  const script = `const { handler } = await import(${JSON.stringify(outfile)});
    const answers = [];
    for (const encoding of ["identity", "gzip"]) answers.push(await handler({ headers: { "accept-encoding": encoding } }));
    console.log(JSON.stringify(answers));`;
  return execFileSync(process.execPath, ["--input-type=module", "-e", script], { stdio: "pipe" }).toString();
}

/**
 * The openapi Lambda serves a document made at build time, as text and gzipped, so its first request
 * loads and unzips nothing: importing zlib and unzipping made that request 2.8 times an empty handler's
 * (README "Benchmarks"). The document is read from files shipped beside the bundle, not held in it: V8
 * reading 82 KB of constants made its init 1.6 times an empty handler's.
 */
describe("the openapi Lambda's bundle", async () => {
  const text = (await catalogueBundles()).textOf(openapiEntry.entry) ?? "";

  it("is built without the document, which it reads from openapi-files/ beside it", () => {
    expect(text).toContain('"openapi-files"');
    expect(text).toContain("/openapi.json.gz.base64");
    expect(text).not.toContain("Interview follow-up scheduler");
  });

  it("answers the shipped files: the text and the gzip in base64, as they are", async () => {
    const dir = join(outDir, "shipped");
    const [plain, gzipped] = JSON.parse(answers(await lambdaIn(dir, true))) as {
      body: string;
      headers: Record<string, string>;
    }[];

    expect(plain?.body).toBe(readFileSync(join(dir, "openapi-files/openapi.json"), "utf8"));
    expect(gzipped?.headers["content-encoding"]).toBe("gzip");
    expect(gzipped?.body).toBe(readFileSync(join(dir, "openapi-files/openapi.json.gz.base64"), "utf8"));
  });

  it("fails naming the file when the document was not shipped", async () => {
    const outfile = await lambdaIn(join(outDir, "not-shipped"), false);

    expect(() => answers(outfile)).toThrow("The file openapi-files/openapi.json is missing beside the code");
  });

  it("loads no zlib", () => {
    expect(/node:zlib|"zlib"/.test(text)).toBe(false);
  });

  it("stays within the bytes a Lambda may carry over its SDK baseline (it has no SDK client)", () => {
    expect(Buffer.byteLength(text)).toBeLessThan(OVER_BASELINE_LIMIT_BYTES);
  });
});
