import { afterAll, describe, expect, it } from "vitest";
import { PermanentSendError, TransientSendError } from "../../../shared/ports/mailer.js";
import { setHandlerEnv } from "../../support/handler-env.js";
import { startHungServer } from "../support/hung-server.js";
import { thankYouOverSesFailure } from "../support/thank-you-over-ses.js";

// The real SES client the functions build, against a loopback SES that takes each request and never
// answers: a SendEmail that timed out may have been delivered, so it must never be sent a second time by
// the SDK's own retry (the reliability run's duplicate fires: two emails for one claim when the local SES
// answered slower than the client's timeout). Nothing here measures time.
const ses = await startHungServer("silent");
setHandlerEnv();
process.env.AWS_ENDPOINT_URL_SESV2 = ses.url;
const { sesClient } = await import("../../../functions/clients/ses-client.js");

afterAll(() => ses.close());

describe("an SES SendEmail that gets no answer", () => {
  it("is sent once: the SDK does not retry it, and the failure is not read as 'nothing was handed over'", async () => {
    const before = ses.requests;

    const err = await thankYouOverSesFailure(sesClient());

    expect(err).toBeInstanceOf(Error);
    // Outcome unknown: the sender keeps its claim (it becomes `unknown`), it does not release it for a resend.
    expect(err).not.toBeInstanceOf(TransientSendError);
    expect(err).not.toBeInstanceOf(PermanentSendError);
    expect(ses.requests - before).toBe(1);
  });
});
