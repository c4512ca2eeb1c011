import type { CliIo } from "./cli-io.js";

/** Colours only on a terminal, and never when NO_COLOR is set to anything (https://no-color.org). */
export function useColour(io: Pick<CliIo, "env" | "stdoutIsTTY">): boolean {
  if (io.env.NO_COLOR) return false;
  if (io.env.TERM === "dumb") return false;
  return io.stdoutIsTTY === true;
}
