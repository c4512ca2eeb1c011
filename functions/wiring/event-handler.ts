import * as z from "zod/mini";
import { issueLines } from "../../shared/errors/zod-issues.js";
import type { Logger } from "../../shared/use-cases/use-case-deps.js";

/**
 * A worker's edge: the event is parsed with its envelope schema; one that does not parse is logged as
 * `dropped` and answered normally (so the scheduler, SNS or Lambda do not retry it forever); a failure of
 * `run` throws, so the trigger's retries (then its dead-letter queue or alarm) take over. `plain` reads an
 * event that is plainly valid without zod, answering what the schema would, or declines it to the schema.
 */
export function eventHandler<S extends z.core.$ZodType>(
  options: { schema: S; plain?: (event: unknown) => z.output<S> | undefined; log: Logger; dropped: string },
  run: (payload: z.output<S>) => Promise<void>,
): (event: unknown) => Promise<void> {
  return async (event) => {
    const plain = options.plain?.(event);
    if (plain !== undefined) return run(plain);
    const parsed = z.safeParse(options.schema, event);
    if (!parsed.success) {
      options.log.error(options.dropped, { issues: issueLines(parsed.error) });
      return;
    }
    await run(parsed.data);
  };
}
