import type { ScheduleGateway, StepSchedule } from "../../shared/ports/schedule-gateway.js";

/** Records every call; `live` holds the schedules that would exist now. Can be told to fail for some names. */
export class FakeScheduleGateway implements ScheduleGateway {
  readonly upserts: StepSchedule[] = [];
  readonly removes: string[] = [];
  readonly live = new Map<string, StepSchedule>();
  private readonly failingUpserts = new Set<string>();
  private readonly failingRemoves = new Set<string>();

  failUpsertFor(...names: string[]): void {
    for (const name of names) this.failingUpserts.add(name);
  }

  failRemoveFor(...names: string[]): void {
    for (const name of names) this.failingRemoves.add(name);
  }

  async upsert(schedule: StepSchedule): Promise<void> {
    if (this.failingUpserts.has(schedule.name)) throw new Error(`scheduler refused ${schedule.name}`);
    this.upserts.push(schedule);
    this.live.set(schedule.name, schedule);
  }

  async remove(name: string): Promise<void> {
    if (this.failingRemoves.has(name)) throw new Error(`scheduler could not delete ${name}`);
    this.removes.push(name);
    this.live.delete(name);
  }

  upsertedNames(): string[] {
    return this.upserts.map((s) => s.name);
  }

  clearHistory(): void {
    this.upserts.length = 0;
    this.removes.length = 0;
  }
}
