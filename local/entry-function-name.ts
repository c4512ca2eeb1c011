/** An entry file's function name, its file name without the folder and `.ts` (`functions/sender.ts`: `sender`). */
export function entryFunctionName(entry: string): string {
  return entry.replace(/^.*\/|\.ts$/g, "");
}
