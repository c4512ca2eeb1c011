import { SchedulerClient } from "@aws-sdk/client-scheduler";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { type AwsClientStub, mockClient } from "aws-sdk-client-mock";
import { afterEach, beforeEach, vi } from "vitest";
import { useFixedSystemTime } from "./fixed-clock.js";
import { setHandlerEnv } from "./handler-env.js";
import { mockDocumentClient } from "./mock-document-client.js";
import { MockDynamoTable } from "./mock-dynamo-table.js";

type Quieted = "error" | "warn" | "log";

export interface HttpHandlerTestEnv {
  ddb: AwsClientStub<DynamoDBDocumentClient>;
  scheduler: AwsClientStub<SchedulerClient>;
  /** The single table behind `ddb`, new (empty) for each test. */
  table: MockDynamoTable;
}

/**
 * What every route handler test shares: the deployed environment, DynamoDB and the Scheduler mocked, the
 * system time frozen, an empty table and a quiet console for each test. Call it before importing a handler
 * (a handler reads its environment and builds its clients at import); set any variable the file adds after it.
 */
export function httpHandlerTestEnv(options: { quiet?: Quieted[] } = {}): HttpHandlerTestEnv {
  setHandlerEnv();
  const env = {
    ddb: mockDocumentClient(),
    scheduler: mockClient(SchedulerClient),
  } as HttpHandlerTestEnv;
  useFixedSystemTime();
  beforeEach(() => {
    env.ddb.reset();
    env.scheduler.reset();
    env.table = new MockDynamoTable(env.ddb);
    for (const method of new Set<Quieted>(["error", ...(options.quiet ?? [])]))
      vi.spyOn(console, method).mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  return env;
}
