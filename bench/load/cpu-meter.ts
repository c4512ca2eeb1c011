import { availableParallelism } from "node:os";
import { machineCpuNow, machineShare } from "./machine-cpu.js";
import { mainThreadCpuMicros } from "./main-thread-cpu.js";

/** Threads' own CPU time in microseconds, as the local stack reports it. */
export type ThreadCpu = () => Promise<{ handlers: Array<number | undefined>; emulators: number | undefined }>;

const cpuNow = () => {
  const c = process.cpuUsage();
  return c.user + c.system;
};

const sum = (xs: Array<number | undefined>) => xs.reduce<number>((n, x) => n + (x ?? 0), 0);

/**
 * Starts measuring CPU over a phase; the function returned gives ms per operation (whole process, main
 * thread, handler threads together) and how busy each thread was over the phase's wall time (1 = one core
 * all the time): the main thread (gateway, Scheduler emulator, the bench's client, and the handlers when
 * they run there), each handler thread, the emulator thread (DynamoDB and SES), and the rest (V8's
 * compiler and GC helpers). A thread near 1 while the others idle is what serializes the phase; all of them
 * low while requests wait means the process does not get the cores (a loaded machine): `machine` says by
 * whom, the hypervisor (steal) or other processes.
 */
export async function cpuMeter(threadCpu: ThreadCpu) {
  const t0 = performance.now();
  const process0 = cpuNow();
  const main0 = mainThreadCpuMicros();
  const threads0 = await threadCpu();
  const machine0 = machineCpuNow();
  const perOp = (micros: number, count: number) => (count ? Math.round(micros / 100 / count) / 10 : 0);
  return async (count: number) => {
    const wallMicros = (performance.now() - t0) * 1000;
    const processMicros = cpuNow() - process0;
    const main1 = mainThreadCpuMicros();
    const threads1 = await threadCpu();
    const machine1 = machineCpuNow();
    const machine =
      machine0 && machine1
        ? machineShare(machine0, machine1, processMicros / wallMicros, availableParallelism())
        : undefined;
    const mainMicros = main0 !== undefined && main1 !== undefined ? main1 - main0 : undefined;
    const handlerMicros = threads1.handlers.map((h, i) => (h ?? 0) - (threads0.handlers[i] ?? 0));
    const emulatorMicros = (threads1.emulators ?? 0) - (threads0.emulators ?? 0);
    const busy = (micros: number) => Math.round((micros / wallMicros) * 100) / 100;
    return {
      cpuMsEach: perOp(processMicros, count),
      ...(mainMicros !== undefined ? { mainThreadCpuMsEach: perOp(mainMicros, count) } : {}),
      ...(handlerMicros.length ? { handlerThreadsCpuMsEach: perOp(sum(handlerMicros), count) } : {}),
      ...(mainMicros !== undefined
        ? {
            busy: {
              main: busy(mainMicros),
              ...(handlerMicros.length ? { handlerThreads: handlerMicros.map(busy) } : {}),
              emulatorThread: busy(emulatorMicros),
              rest: busy(processMicros - mainMicros - sum(handlerMicros) - emulatorMicros),
            },
          }
        : {}),
      ...(machine ? { machine } : {}),
    };
  };
}
