import { EXIT, type ExitCode } from "./exit-codes.js";

/** An error the CLI reports as one line on stderr, exiting with its code; never with a stack trace. */
export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCode,
    message: string,
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** The command line was wrong (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(EXIT.usage, message);
}
