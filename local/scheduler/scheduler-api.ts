import { paginateByKey } from "./paginate-by-key.js";
import { firstDueTime } from "./schedule-due-time.js";
import { isValidTimeZone, parseScheduleExpression } from "./schedule-expression.js";
import { conflictError, notFoundError, validationError } from "./scheduler-api-error.js";
import { checkName, parse } from "./scheduler-input-checks.js";
import {
  type GroupRecord,
  type ScheduleBody,
  type ScheduleRecord,
  scheduleBodySchema,
  scheduleGroupBodySchema,
} from "./scheduler-schemas.js";
import { type SchedulerStore, scheduleKey } from "./scheduler-store.js";

export const DEFAULT_GROUP = "default";
const DEFAULT_RETRY_ATTEMPTS = 185;
const DEFAULT_EVENT_AGE_SECONDS = 86_400;

export interface SchedulerApiOptions {
  store: SchedulerStore;
  clock: { now(): Date };
  region: string;
  accountId: string;
  log: (line: string) => void;
}

type Json = Record<string, unknown>;

/** A wire timestamp: restJson1 responses carry epoch seconds; an ISO string makes the SDK throw. */
const epochSeconds = (iso: string): number => new Date(iso).getTime() / 1000;

/**
 * The Scheduler operations the project uses, with AWS's answers and errors. Takes already-decoded
 * path/query values and the parsed JSON body; returns the JSON body of the response.
 */
export class SchedulerApi {
  private readonly store: SchedulerStore;

  constructor(private readonly opts: SchedulerApiOptions) {
    this.store = opts.store;
    if (!this.store.groups.has(DEFAULT_GROUP)) {
      const now = this.opts.clock.now().toISOString();
      this.store.putGroup({
        name: DEFAULT_GROUP,
        arn: this.groupArn(DEFAULT_GROUP),
        creationDate: now,
        lastModificationDate: now,
        tags: [],
      });
    }
  }

  createSchedule(name: string, body: unknown): Json {
    checkName(name, "name");
    const input = parse(scheduleBodySchema, body);
    const groupName = this.existingGroup(input.GroupName).name;
    const key = scheduleKey(groupName, name);
    const existing = this.store.schedules.get(key);
    if (existing) {
      // The SDK fills ClientToken itself, so a retried request carries the token of the first attempt.
      if (input.ClientToken !== undefined && existing.clientToken === input.ClientToken) {
        return { ScheduleArn: existing.arn };
      }
      throw conflictError(`Schedule ${name} already exists.`);
    }
    const now = this.opts.clock.now().toISOString();
    const record = this.buildRecord(name, groupName, input, {
      arn: this.scheduleArn(groupName, name),
      creationDate: now,
      lastModificationDate: now,
      clientToken: input.ClientToken,
    });
    this.store.putSchedule(record);
    return { ScheduleArn: record.arn };
  }

  updateSchedule(name: string, body: unknown): Json {
    checkName(name, "name");
    const input = parse(scheduleBodySchema, body);
    const groupName = this.existingGroup(input.GroupName).name;
    const key = scheduleKey(groupName, name);
    const existing = this.store.schedules.get(key);
    if (!existing) throw notFoundError(`Schedule ${name} does not exist.`);
    // UpdateSchedule replaces the whole definition: what the request omits goes back to its default.
    const record = this.buildRecord(name, groupName, input, {
      arn: existing.arn,
      creationDate: existing.creationDate,
      lastModificationDate: this.opts.clock.now().toISOString(),
      clientToken: existing.clientToken,
    });
    this.store.putSchedule(record);
    return { ScheduleArn: record.arn };
  }

  getSchedule(name: string, groupName: string | undefined): Json {
    const record = this.existingSchedule(name, groupName);
    const target = record.target;
    return {
      Arn: record.arn,
      GroupName: record.groupName,
      Name: record.name,
      ScheduleExpression: record.expression,
      ScheduleExpressionTimezone: record.timezone ?? "UTC",
      StartDate: record.startDate ? epochSeconds(record.startDate) : undefined,
      EndDate: record.endDate ? epochSeconds(record.endDate) : undefined,
      Description: record.description,
      State: record.state,
      CreationDate: epochSeconds(record.creationDate),
      LastModificationDate: epochSeconds(record.lastModificationDate),
      KmsKeyArn: record.kmsKeyArn,
      Target: {
        ...target,
        RetryPolicy: {
          MaximumEventAgeInSeconds: target.RetryPolicy?.MaximumEventAgeInSeconds ?? DEFAULT_EVENT_AGE_SECONDS,
          MaximumRetryAttempts: target.RetryPolicy?.MaximumRetryAttempts ?? DEFAULT_RETRY_ATTEMPTS,
        },
      },
      FlexibleTimeWindow: record.flexibleTimeWindow,
      ActionAfterCompletion: record.actionAfterCompletion,
    };
  }

  deleteSchedule(name: string, groupName: string | undefined): Json {
    const record = this.existingSchedule(name, groupName);
    this.store.deleteSchedule(record.groupName, record.name);
    return {};
  }

  listSchedules(query: URLSearchParams): Json {
    const groupName = query.get("ScheduleGroup") ?? undefined;
    if (groupName !== undefined) this.existingGroup(groupName);
    const prefix = query.get("NamePrefix") ?? "";
    const state = query.get("State");
    if (state !== null && state !== "ENABLED" && state !== "DISABLED") {
      throw validationError(`Value '${state}' at 'state' failed to satisfy constraint: ENABLED or DISABLED`);
    }
    const matching = [...this.store.schedules.entries()]
      .filter(([, s]) => groupName === undefined || s.groupName === groupName)
      .filter(([, s]) => s.name.startsWith(prefix))
      .filter(([, s]) => state === null || s.state === state);
    const { page, nextToken } = paginateByKey(matching, query);
    return {
      Schedules: page.map((s) => ({
        Arn: s.arn,
        Name: s.name,
        GroupName: s.groupName,
        State: s.state,
        CreationDate: epochSeconds(s.creationDate),
        LastModificationDate: epochSeconds(s.lastModificationDate),
        Target: { Arn: s.target.Arn },
      })),
      NextToken: nextToken,
    };
  }

  createScheduleGroup(name: string, body: unknown): Json {
    checkName(name, "name");
    const input = parse(scheduleGroupBodySchema, body);
    const existing = this.store.groups.get(name);
    if (existing) {
      if (input.ClientToken !== undefined && existing.clientToken === input.ClientToken) {
        return { ScheduleGroupArn: existing.arn };
      }
      throw conflictError(`Schedule group ${name} already exists.`);
    }
    const now = this.opts.clock.now().toISOString();
    const group: GroupRecord = {
      name,
      arn: this.groupArn(name),
      creationDate: now,
      lastModificationDate: now,
      clientToken: input.ClientToken,
      tags: input.Tags ?? [],
    };
    this.store.putGroup(group);
    return { ScheduleGroupArn: group.arn };
  }

  getScheduleGroup(name: string): Json {
    return groupSummary(this.existingGroup(name));
  }

  deleteScheduleGroup(name: string): Json {
    const group = this.existingGroup(name);
    if (group.name === DEFAULT_GROUP) throw validationError("The default schedule group cannot be deleted.");
    // AWS deletes a group's schedules with it (asynchronously; here at once).
    const inGroup = [...this.store.schedules.values()].filter((s) => s.groupName === name);
    for (const s of inGroup) this.store.deleteSchedule(s.groupName, s.name);
    this.store.deleteGroup(name);
    return {};
  }

  listScheduleGroups(query: URLSearchParams): Json {
    const prefix = query.get("NamePrefix") ?? "";
    const matching = [...this.store.groups.entries()].filter(([, g]) => g.name.startsWith(prefix));
    const { page, nextToken } = paginateByKey(matching, query);
    return { ScheduleGroups: page.map(groupSummary), NextToken: nextToken };
  }

  private buildRecord(
    name: string,
    groupName: string,
    input: ScheduleBody,
    identity: Pick<ScheduleRecord, "arn" | "creationDate" | "lastModificationDate" | "clientToken">,
  ): ScheduleRecord {
    const parsed = parseScheduleExpression(input.ScheduleExpression);
    if (!parsed.ok) throw validationError(parsed.message);
    const timezone = input.ScheduleExpressionTimezone;
    if (timezone !== undefined && !isValidTimeZone(timezone)) {
      throw validationError(`Invalid ScheduleExpressionTimezone ${timezone}.`);
    }
    if (input.StartDate && input.EndDate && input.EndDate.getTime() <= input.StartDate.getTime()) {
      throw validationError("The EndDate must be after the StartDate.");
    }
    const record: ScheduleRecord = {
      ...identity,
      name,
      groupName,
      expression: input.ScheduleExpression,
      timezone,
      startDate: input.StartDate?.toISOString(),
      endDate: input.EndDate?.toISOString(),
      description: input.Description,
      state: input.State ?? "ENABLED",
      kmsKeyArn: input.KmsKeyArn,
      actionAfterCompletion: input.ActionAfterCompletion ?? "NONE",
      flexibleTimeWindow: input.FlexibleTimeWindow,
      target: input.Target,
    };
    const now = this.opts.clock.now();
    const due = firstDueTime(record, now);
    record.nextDueAt = due?.toISOString();
    if (parsed.value.kind === "cron") {
      this.opts.log(`scheduler: ${groupName}/${name} uses cron(), which the emulator stores but never fires`);
    } else if (parsed.value.kind === "at" && due && due.getTime() < now.getTime()) {
      this.opts.log(
        `scheduler: ${groupName}/${name} ${input.ScheduleExpression} is in the past; it fires at once`,
      );
    }
    return record;
  }

  private existingGroup(name: string | undefined): GroupRecord {
    const groupName = name ?? DEFAULT_GROUP;
    checkName(groupName, "groupName");
    const group = this.store.groups.get(groupName);
    if (!group) throw notFoundError(`Schedule group ${groupName} does not exist.`);
    return group;
  }

  private existingSchedule(name: string, groupName: string | undefined): ScheduleRecord {
    checkName(name, "name");
    const group = this.existingGroup(groupName);
    const record = this.store.schedules.get(scheduleKey(group.name, name));
    if (!record) throw notFoundError(`Schedule ${name} does not exist.`);
    return record;
  }

  private scheduleArn(groupName: string, name: string): string {
    return `arn:aws:scheduler:${this.opts.region}:${this.opts.accountId}:schedule/${groupName}/${name}`;
  }

  private groupArn(name: string): string {
    return `arn:aws:scheduler:${this.opts.region}:${this.opts.accountId}:schedule-group/${name}`;
  }
}

function groupSummary(group: GroupRecord): Json {
  return {
    Arn: group.arn,
    Name: group.name,
    State: "ACTIVE",
    CreationDate: epochSeconds(group.creationDate),
    LastModificationDate: epochSeconds(group.lastModificationDate),
  };
}
