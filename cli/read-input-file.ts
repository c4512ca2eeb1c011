import { readFile } from "node:fs/promises";
import { parse as parseYaml } from "yaml";
import { usageError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";

const MAX_BYTES = 1_000_000;

function parseText(text: string, name: string): unknown {
  const yaml = /\.ya?ml$/i.test(name);
  if (!yaml) {
    try {
      return JSON.parse(text);
    } catch (err) {
      // A .json file must be JSON; anything else (stdin, no extension) may still be YAML.
      if (/\.json$/i.test(name)) throw usageError(`${name} is not valid JSON: ${(err as Error).message}`);
    }
  }
  try {
    // YAML 1.2 core schema: no custom tags, aliases bounded by the library (no billion laughs).
    return parseYaml(text, { schema: "core", prettyErrors: false });
  } catch (err) {
    const first = (err as Error).message.split("\n")[0];
    throw usageError(`${name} is not valid ${yaml ? "YAML" : "JSON or YAML"}: ${first}`);
  }
}

/** An object read from a JSON or YAML file (by extension; `-` is stdin, either), or a usage error. */
export async function readInputFile(file: string, io: CliIo): Promise<Record<string, unknown>> {
  const name = file === "-" ? "standard input" : file;
  let text: string;
  try {
    if (file === "-") {
      if (!io.readStdin) throw new Error("no standard input");
      text = await io.readStdin();
    } else {
      text = await readFile(file, "utf8");
    }
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw usageError(`cannot read ${name}: ${code === "ENOENT" ? "no such file" : (err as Error).message}`);
  }
  if (text.length > MAX_BYTES) throw usageError(`${name} is larger than ${MAX_BYTES} bytes`);
  const value = parseText(text, name);
  if (value === null || typeof value !== "object" || Array.isArray(value))
    throw usageError(`${name} must hold one object (an interview's fields)`);
  return value as Record<string, unknown>;
}
