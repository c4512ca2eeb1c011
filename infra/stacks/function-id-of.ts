import path from "node:path";

/** `functions/http/create-interview.ts` -> `CreateInterview`: an entry's construct id in the stack. */
export function functionIdOf(entry: string): string {
  return path
    .basename(entry, path.extname(entry))
    .split(/[^a-zA-Z0-9]+/)
    .filter((part) => part !== "")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}
