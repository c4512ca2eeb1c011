import type { CliIo } from "./cli-io.js";

/**
 * A progress line on stderr while something slow runs (a stop can wait seconds for a send in flight,
 * `list --all` pages through everything). Only on a terminal: piped output stays clean. Returns the
 * function that clears it.
 */
export function showProgress(io: CliIo, text: string): () => void {
  if (!io.stderrIsTTY) return () => {};
  io.stderr(`${text}...`);
  return () => io.stderr("\r\x1b[K");
}
