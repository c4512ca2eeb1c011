/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  now: () => Date;
  /** stdout is a terminal: colours are allowed (unless NO_COLOR is set). */
  stdoutIsTTY?: boolean;
  /** stderr is a terminal: progress lines are shown there. */
  stderrIsTTY?: boolean;
  /** The whole of standard input (for `--file -` and `--token -`). */
  readStdin?: () => Promise<string>;
  fetch?: typeof fetch;
  /** Waits before a retry (tests pass one that does not wait). */
  sleep?: (ms: number) => Promise<void>;
}
