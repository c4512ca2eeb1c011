import { readFileSync } from "node:fs";

/** The whole machine's CPU time so far, in /proc/stat's ticks (all cores together). */
export interface MachineCpuSample {
  total: number;
  idle: number;
  steal: number;
}

/** What the machine did over a phase, besides this process. */
export interface MachineShare {
  /** Share of all cores' time the hypervisor gave to other guests (steal): 0.2 = a fifth of it. */
  steal: number;
  /** Cores' worth of CPU other processes used over the phase (0.5 = half a core all the time). */
  otherProcessesCores: number;
}

/**
 * The aggregate `cpu` line of /proc/stat (Linux), or undefined where there is none. Its fields are user,
 * nice, system, idle, iowait, irq, softirq, steal, then guest and guest_nice, which user and nice already
 * count. On a virtual machine `steal` is the time this machine's virtual cores were ready to run but the
 * host ran someone else: the same bench then takes longer for reasons no code change explains.
 */
export function machineCpuNow(statText?: string): MachineCpuSample | undefined {
  let text = statText;
  if (text === undefined) {
    try {
      text = readFileSync("/proc/stat", "utf8");
    } catch {
      return undefined;
    }
  }
  const line = text.split("\n", 1)[0] ?? "";
  if (!line.startsWith("cpu ")) return undefined;
  const ticks = line.trim().split(/\s+/).slice(1, 9).map(Number);
  if (ticks.length < 8 || ticks.some((t) => !Number.isFinite(t))) return undefined;
  const [, , , idle = 0, iowait = 0, , , steal = 0] = ticks;
  return { total: ticks.reduce((a, b) => a + b, 0), idle: idle + iowait, steal };
}

/**
 * Steal and other processes' CPU between two samples. `ownCores` is how many cores' worth this process
 * used over the same time (its CPU time over the wall time), and `cores` the machine's count.
 */
export function machineShare(
  before: MachineCpuSample,
  after: MachineCpuSample,
  ownCores: number,
  cores: number,
): MachineShare | undefined {
  const total = after.total - before.total;
  if (total <= 0) return undefined;
  const steal = (after.steal - before.steal) / total;
  const busy = (total - (after.idle - before.idle) - (after.steal - before.steal)) / total;
  const round = (x: number) => Math.round(x * 100) / 100;
  return { steal: round(steal), otherProcessesCores: round(Math.max(0, busy * cores - ownCores)) };
}
