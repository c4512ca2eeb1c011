import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { EventBridgeScheduleGateway } from "../../../shared/adapters/eventbridge-schedule-gateway.js";
import { S3RawMailSource } from "../../../shared/adapters/s3-raw-mail-source.js";
import { isDependencyOutage } from "../../../shared/adapters/to-dependency-error.js";
import { DependencyUnavailableError } from "../../../shared/errors/app-error.js";
import { httpStatusOf } from "../../../shared/http/error-http-table.js";
import { PermanentSendError } from "../../../shared/ports/mailer.js";
import { apiEvent, errorOf, invoke } from "../../support/api-event.js";
import { HANDLER_ENV, setHandlerEnv } from "../../support/handler-env.js";
import { interviewInput } from "../../support/interview-input.js";
import { type HangMode, startHungServer } from "../support/hung-server.js";
import { thankYouOverSesFailure } from "../support/thank-you-over-ses.js";

// Every AWS client the functions build (functions/clients) points at a loopback server that accepts
// connections and then hangs. Nothing here measures time: the test timeout is the only bound, and without
// the clients' timeouts these calls would never return.
const hung = await startHungServer();
setHandlerEnv();
for (const service of ["DYNAMODB", "SCHEDULER", "SESV2", "S3"]) {
  process.env[`AWS_ENDPOINT_URL_${service}`] = hung.url;
}
const { handler: createHandler } = await import("../../../functions/http/create-interview.js");
const { handler: getHandler } = await import("../../../functions/http/get-interview.js");
const { schedulerClient } = await import("../../../functions/clients/scheduler-client.js");
const { sesClient } = await import("../../../functions/clients/ses-client.js");
const { s3Client } = await import("../../../functions/clients/s3-client.js");

beforeAll(() => {
  vi.spyOn(console, "error").mockImplementation(() => undefined);
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await hung.close();
});

const MODES: HangMode[] = ["silent", "half-headers", "half-body"];

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (err) {
    return err;
  }
  throw new Error("expected the call to fail");
}

describe.each(MODES)("a dependency that hangs (%s)", (mode) => {
  beforeAll(() => {
    hung.setMode(mode);
  });

  it("POST /interviews answers 503 JSON with Retry-After, not 500", async () => {
    const before = hung.requests;
    const res = await invoke(
      createHandler,
      apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }),
    );

    expect(res.statusCode).toBe(503);
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(errorOf(res).code).toBe("service_unavailable");
    expect(res.text).not.toMatch(/TimeoutError|node-http-handler|at .*\.ts/);
    expect(hung.requests).toBeGreaterThan(before);
  });

  it("POST /interviews with an Idempotency-Key answers 503 with Retry-After too", async () => {
    const res = await invoke(
      createHandler,
      apiEvent({
        method: "POST",
        path: "/interviews",
        body: interviewInput(),
        headers: { "idempotency-key": `hung-${mode}` },
      }),
    );
    expect(res.statusCode).toBe(503);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(errorOf(res).code).toBe("service_unavailable");
  });

  it("GET /interviews/{id} answers 503 JSON with Retry-After", async () => {
    const res = await invoke(
      getHandler,
      apiEvent({
        path: "/interviews/01KQ8Z3M4N5P6R7S8T9V0W1X2Y",
        pathParameters: { id: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" },
      }),
    );
    expect(res.statusCode).toBe(503);
    expect(Number(res.headers["retry-after"])).toBeGreaterThan(0);
    expect(errorOf(res).code).toBe("service_unavailable");
  });

  it("the scheduler, SES and S3 clients give up with an error classified as an outage", async () => {
    const schedules = new EventBridgeScheduleGateway(schedulerClient(), HANDLER_ENV);
    const rawMail = new S3RawMailSource(s3Client(), "inbound-bucket", "inbound/");

    const [scheduleErr, sendErr, readErr] = await Promise.all([
      rejection(
        schedules.upsert({
          name: "fu-01KQ8Z3M4N5P6R7S8T9V0W1X2Y-s1",
          localTime: "2026-11-24T09:30:00",
          timezone: "America/New_York",
          payload: "{}",
        }),
      ),
      thankYouOverSesFailure(sesClient()),
      rejection(rawMail.read("message-1", 1_000_000)),
    ]);

    expect(scheduleErr).toBeInstanceOf(DependencyUnavailableError);
    expect(httpStatusOf((scheduleErr as DependencyUnavailableError).code)).toBe(503);
    // The mailer leaves the decision to the sender (an unanswered send is `unknown`, never re-sent), but
    // must not call it a permanent refusal.
    expect(sendErr).not.toBeInstanceOf(PermanentSendError);
    expect(isDependencyOutage(sendErr)).toBe(true);
    expect(readErr).toBeInstanceOf(DependencyUnavailableError);
  });
});
