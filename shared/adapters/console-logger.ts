import type { Logger } from "../ports/logger.js";

/** One JSON object per line, which CloudWatch Logs Insights queries directly. */
export function consoleLogger(base: Record<string, unknown> = {}): Logger {
  const write = (level: string, message: string, data?: Record<string, unknown>) => {
    const line = JSON.stringify({ level, message, ...base, ...data });
    if (level === "error") console.error(line);
    else if (level === "warn") console.warn(line);
    else console.log(line);
  };
  return {
    info: (m, d) => write("info", m, d),
    warn: (m, d) => write("warn", m, d),
    error: (m, d) => write("error", m, d),
  };
}
