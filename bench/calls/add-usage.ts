/** What one operation (or one interview) uses of each billed dimension. */
export interface Usage {
  apiRequests: number;
  lambdaInvocations: number;
  schedulerInvocations: number;
  emailsSent: number;
  emailsReceived: number;
  readUnits: number;
  writeUnits: number;
  s3Reads: number;
  s3Writes: number;
}

export const NO_USAGE: Usage = {
  apiRequests: 0,
  lambdaInvocations: 0,
  schedulerInvocations: 0,
  emailsSent: 0,
  emailsReceived: 0,
  readUnits: 0,
  writeUnits: 0,
  s3Reads: 0,
  s3Writes: 0,
};

/** The sum of usages, each counted `times` times. */
export function addUsage(parts: { usage: Usage; times: number }[]): Usage {
  const sum: Usage = { ...NO_USAGE };
  for (const { usage, times } of parts) {
    for (const key of Object.keys(sum) as (keyof Usage)[]) sum[key] += usage[key] * times;
  }
  return sum;
}
