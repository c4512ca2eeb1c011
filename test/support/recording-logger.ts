import type { Logger } from "../../shared/use-cases/use-case-deps.js";

export interface LogLine {
  level: "info" | "warn" | "error";
  message: string;
  data?: Record<string, unknown>;
}

export interface RecordingLogger extends Logger {
  lines: LogLine[];
}

export function recordingLogger(): RecordingLogger {
  const lines: LogLine[] = [];
  const record = (level: LogLine["level"]) => (message: string, data?: Record<string, unknown>) => {
    lines.push(data === undefined ? { level, message } : { level, message, data });
  };
  return { lines, info: record("info"), warn: record("warn"), error: record("error") };
}
