import { timedRequest } from "./timed-request.js";

/** Long enough that only a stuck emulator fails a create. */
const TIMEOUT_MS = 30_000;

export interface RawSchedule {
  name: string;
  groupName?: string;
  expression: string;
  targetArn: string;
  input: string;
}

/**
 * CreateSchedule as the restJson1 request the SDK sends (POST /schedules/{Name}), without the SDK: the
 * client's own CPU (signing, serialising, middleware) would otherwise be most of what this process
 * spends, and hide the emulator's cost. Sent with the bench's kept-alive node:http client: fetch (undici, web
 * streams) was a third of this process's CPU in the emulator-alone phase (CPU per create in the last tenth: 1,030-1,350 µs with it, 536-588 µs without, 2026-12-03). Resolves
 * with the HTTP status (0 when no answer came).
 */
export async function createScheduleRaw(endpoint: string, s: RawSchedule): Promise<number> {
  const res = await timedRequest(`${endpoint}/schedules/${encodeURIComponent(s.name)}`, {
    method: "POST",
    timeoutMs: TIMEOUT_MS,
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      GroupName: s.groupName,
      ScheduleExpression: s.expression,
      FlexibleTimeWindow: { Mode: "OFF" },
      Target: {
        Arn: s.targetArn,
        RoleArn: "arn:aws:iam::000000000000:role/followup-scheduler",
        Input: s.input,
      },
      ActionAfterCompletion: "DELETE",
      ClientToken: crypto.randomUUID(),
    }),
  });
  return res.status;
}
