import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

/**
 * CPU profiles of the bench's phases, one `<phase>.cpuprofile` each in `dir` (open in Chrome DevTools or
 * speedscope), or nothing when `dir` is undefined. The stack runs in the bench's process, so the profile of
 * a phase shows where the stack's CPU went per request: the way to find what to make faster.
 */
export function phaseProfiler(dir: string | undefined) {
  let session: Session | undefined;
  return async <T>(phase: string, run: () => Promise<T>): Promise<T> => {
    if (!dir) return run();
    if (!session) {
      mkdirSync(dir, { recursive: true });
      session = new Session();
      session.connect();
      await session.post("Profiler.enable");
      await session.post("Profiler.setSamplingInterval", { interval: 500 });
    }
    await session.post("Profiler.start");
    try {
      return await run();
    } finally {
      const { profile } = await session.post("Profiler.stop");
      writeFileSync(join(dir, `${phase}.cpuprofile`), JSON.stringify(profile));
    }
  };
}
