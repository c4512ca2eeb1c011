import { z } from "zod";
import { parseConfig } from "../shared/config/parse-config.js";

/** 0 lets the system pick a free port; the banner prints the one bound. */
const port = (fallback: number) => z.coerce.number().int().min(0).max(65_535).default(fallback);

/**
 * How many worker threads run the handlers (0: the stack's own thread): the one rule for
 * LOCAL_HANDLER_THREADS and for `startLocalStack`'s `handlerThreads`.
 */
export const handlerThreadCount = z.number().int().min(0).max(64);

/** Settings of `npm start`, from the environment. */
export const localConfigSchema = z.object({
  PORT: port(3000),
  FOLLOWUP_DATA_DIR: z.string().min(1).default(".data"),
  DYNAMODB_PORT: port(8000),
  SCHEDULER_PORT: port(8010),
  SES_PORT: port(8005),
  S3_PORT: port(8020),
  SMTP_PORT: port(2525),
  /** Worker threads that run the handlers (0: the stack's own thread). */
  LOCAL_HANDLER_THREADS: z.coerce.number().pipe(handlerThreadCount).default(2),
});

export function localConfig(env = process.env) {
  return parseConfig(localConfigSchema, env);
}
