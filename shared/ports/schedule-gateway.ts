/** A one-shot timer that fires the sender for one step. */
export interface StepSchedule {
  name: string;
  /** Local wall-clock time "YYYY-MM-DDTHH:mm:ss" in `timezone`. */
  localTime: string;
  timezone: string;
  /** JSON handed to the sender when it fires. */
  payload: string;
}

export interface ScheduleGateway {
  /** Creates the schedule, or moves it if one with that name exists. Idempotent. */
  upsert(schedule: StepSchedule): Promise<void>;
  /** Deletes it; a schedule that is already gone is not an error. */
  remove(name: string): Promise<void>;
}
