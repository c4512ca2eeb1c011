import nodeModule from "node:module";
import type HolidaysClass from "date-holidays";

type HolidaysConstructor = typeof HolidaysClass;

let loaded: HolidaysConstructor | undefined;

/**
 * The date-holidays class, loaded on first use instead of at import.
 *
 * date-holidays brings every country's rules plus moment-timezone (with all its zone data) and astronomia:
 * ~1.4 MB minified. A static import evaluates all of it during Lambda init, and esbuild keeps it in any
 * bundle that imports this module (the package is not marked side-effect free), even in Lambdas that never
 * compute a calendar or only use the date helpers. A synchronous `require` keeps the calendar API
 * synchronous while deferring that cost:
 * - bundled, esbuild turns `require("date-holidays")` into a lazily run CommonJS wrapper: the code is in the
 *   bundle of a Lambda that can reach this function, but runs on the first call only; a Lambda that never
 *   calls it drops the package entirely;
 * - unbundled, vitest provides `require`, and tsx (plain ESM) gets one from `createRequire`. (Through a
 *   namespace: a top-level `createRequire` or `require` would clash with the Lambda bundles' banner, which
 *   declares both, unless the bundle is minified.)
 * Either way this loads the package's CommonJS build, generated from the same sources and data as its ESM
 * build. The literal `require("date-holidays")` call must stay: esbuild only bundles a call it can see.
 */
export function holidaysClass(): HolidaysConstructor {
  loaded ??= (
    typeof require === "function"
      ? require("date-holidays")
      : nodeModule.createRequire(import.meta.url)("date-holidays")
  ) as HolidaysConstructor;
  return loaded;
}
