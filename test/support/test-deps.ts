import { interviewInputSchema } from "../../shared/api/interview-input-schema.js";
import { toInterviewDetails } from "../../shared/api/to-interview-details.js";
import type { InterviewDetails } from "../../shared/domain/interview.js";
import { type FakeRealtime, fakeRealtime } from "./fake-realtime.js";
import { FakeScheduleGateway } from "./fake-schedule-gateway.js";
import { type FixedClock, fixedClock } from "./fixed-clock.js";
import { InMemoryInterviewStore } from "./in-memory-interview-store.js";
import { interviewInput } from "./interview-input.js";
import { type RecordingLogger, recordingLogger } from "./recording-logger.js";

export interface TestDeps {
  store: InMemoryInterviewStore;
  schedules: FakeScheduleGateway;
  clock: FixedClock;
  log: RecordingLogger;
  realtime: FakeRealtime;
}

/** Fresh fakes for every port a chain use case takes. */
export function testDeps(): TestDeps {
  return {
    store: new InMemoryInterviewStore(),
    schedules: new FakeScheduleGateway(),
    clock: fixedClock(),
    log: recordingLogger(),
    realtime: fakeRealtime(),
  };
}

/** Interview details as the create handler would pass them: the request body validated and resolved. */
export function interviewDetails(overrides: Record<string, unknown> = {}): InterviewDetails {
  return toInterviewDetails(interviewInputSchema.parse(interviewInput(overrides)));
}
