/**
 * Real elapsed time, never shifted: the local stack moves its `Clock` forward on purpose (days in a
 * second), but how long a sender may take between its claim and the SES call, and how long a stop waits
 * for it, are about real milliseconds. Across Lambdas this is the NTP-synchronised wall clock.
 */
export interface Realtime {
  /** Milliseconds since the epoch, unshifted. */
  nowMs(): number;
  sleep(ms: number): Promise<void>;
}
