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
 * spends, and hide the emulator's cost. Resolves with the HTTP status.
 */
export async function createScheduleRaw(endpoint: string, s: RawSchedule): Promise<number> {
  const res = await fetch(`${endpoint}/schedules/${encodeURIComponent(s.name)}`, {
    method: "POST",
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
  await res.arrayBuffer();
  return res.status;
}
