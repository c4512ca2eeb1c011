import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Context } from "aws-lambda";
import { REPO_ROOT } from "./repo-root.js";

/** A Lambda entry file's exported handler. */
export type EntryHandler = (event: unknown, context: Context) => Promise<unknown>;

/**
 * Loads an entry file's handler (a path from the repository root, as the entry catalogue names it) as the
 * Lambda runtime does: imported on first use, then the same handler for every later invocation.
 */
export function entryHandlerLoader(): (entry: string) => Promise<EntryHandler> {
  const handlers = new Map<string, Promise<EntryHandler>>();
  return (entry) => {
    let loaded = handlers.get(entry);
    if (!loaded) {
      loaded = import(pathToFileURL(join(REPO_ROOT, entry)).href).then(
        (m: { handler: EntryHandler }) => m.handler,
      );
      handlers.set(entry, loaded);
    }
    return loaded;
  };
}
