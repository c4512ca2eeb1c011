import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { mainThreadCpuMicros } from "../../../bench/load/main-thread-cpu.js";

const cpuOfProcess = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

describe.runIf(existsSync("/proc/self/task"))("mainThreadCpuMicros", () => {
  it("reads this thread's CPU in microseconds: never more than the whole process's, never going back", () => {
    const first = mainThreadCpuMicros();
    const whole = cpuOfProcess();
    expect(first).toBeTypeOf("number");
    expect(first).toBeGreaterThan(0);
    // /proc counts in 10 ms ticks: one tick of slack over the process's own figure.
    expect(first as number).toBeLessThanOrEqual(whole + 10_000);
    expect(mainThreadCpuMicros() as number).toBeGreaterThanOrEqual(first as number);
  });
});
