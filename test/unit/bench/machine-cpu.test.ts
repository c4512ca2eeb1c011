import { describe, expect, it } from "vitest";
import { machineCpuNow, machineShare } from "../../../bench/load/machine-cpu.js";

const stat = (user: number, idle: number, steal: number, guest = 0) =>
  `cpu  ${user} 0 100 ${idle} 50 0 10 ${steal} ${guest} 0\ncpu0 1 2 3 4 5 6 7 8 9 10\nintr 1\n`;

describe("machineCpuNow", () => {
  it("sums the first eight fields of the aggregate line, guest time being inside user already", () => {
    expect(machineCpuNow(stat(1000, 5000, 300, 999))).toEqual({ total: 6460, idle: 5050, steal: 300 });
  });

  it("is undefined for text that is not /proc/stat", () => {
    expect(machineCpuNow("")).toBeUndefined();
    expect(machineCpuNow("cpu0 1 2 3 4 5 6 7 8\n")).toBeUndefined();
    expect(machineCpuNow("cpu  1 2 x 4 5 6 7 8\n")).toBeUndefined();
    expect(machineCpuNow("cpu  1 2 3\n")).toBeUndefined();
  });
});

describe("machineShare", () => {
  const before = { total: 10_000, idle: 6000, steal: 500 };

  it("gives steal as a share of all cores' time and what others used beside this process", () => {
    // 2 cores over 10 s = 2000 ticks: 400 stolen, 600 idle, 1000 busy = 1 core; this process used 0.6.
    const after = { total: 12_000, idle: 6600, steal: 900 };
    expect(machineShare(before, after, 0.6, 2)).toEqual({ steal: 0.2, otherProcessesCores: 0.4 });
  });

  it("never reports a negative share for others when this process's own count runs ahead", () => {
    const after = { total: 12_000, idle: 7000, steal: 500 };
    expect(machineShare(before, after, 1.5, 2)).toEqual({ steal: 0, otherProcessesCores: 0 });
  });

  it("is undefined when no time passed", () => {
    expect(machineShare(before, before, 0, 2)).toBeUndefined();
  });
});
