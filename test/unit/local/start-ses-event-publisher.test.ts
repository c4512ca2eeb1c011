import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { type SesEventPublisher, startSesEventPublisher } from "../../../local/start-ses-event-publisher.js";

/** An SES stand-in that takes every SendEmail and answers its MessageId, and anything else with 404. */
async function fakeSes(): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      if (req.method === "POST" && req.url === "/v2/email/outbound-emails") {
        res.writeHead(200, { "content-type": "application/json" }).end('{"MessageId":"ses-1"}');
      } else res.writeHead(404).end("no");
    });
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const sendEmail = (body: Record<string, unknown>) => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify({
    FromEmailAddress: "followups@followup.local",
    Destination: { ToAddresses: ["dana@acme.test"], CcAddresses: ["sam@example.com"] },
    Content: { Simple: { Subject: { Data: "Thanks" }, Body: { Text: { Data: "Hi" } } } },
    ...body,
  }),
});

let upstream: Server | undefined;
let front: SesEventPublisher | undefined;
afterEach(async () => {
  await front?.close();
  await new Promise((ok) => upstream?.close(ok));
});

describe("the local SES front's Send events", () => {
  it("hands ses-events an SNS-shaped Send event with SES's id and our tags before SendEmail answers", async () => {
    const ses = await fakeSes();
    upstream = ses.server;
    const order: string[] = [];
    const events: unknown[] = [];
    front = await startSesEventPublisher({
      port: 0,
      upstreamUrl: ses.url,
      publish: async (event) => {
        await new Promise((ok) => setTimeout(ok, 20));
        events.push(event);
        order.push("published");
      },
      now: () => new Date("2026-11-24T14:30:01.000Z"),
      log: () => {},
    });

    const res = await fetch(
      `${front.url}/v2/email/outbound-emails`,
      sendEmail({
        ConfigurationSetName: "followup-local",
        EmailTags: [
          { Name: "interviewId", Value: "01KQ8Z3M4N5P6R7S8T9V0W1X2Y" },
          { Name: "stepId", Value: "s1" },
        ],
      }),
    );
    order.push("answered");

    expect(await res.json()).toEqual({ MessageId: "ses-1" });
    expect(order).toEqual(["published", "answered"]);
    const record = (events[0] as { Records: { Sns: { Message: string } }[] }).Records[0];
    expect(JSON.parse(record?.Sns.Message ?? "")).toEqual({
      eventType: "Send",
      mail: {
        timestamp: "2026-11-24T14:30:01.000Z",
        messageId: "ses-1",
        source: "followups@followup.local",
        destination: ["dana@acme.test", "sam@example.com"],
        tags: {
          "ses:configuration-set": ["followup-local"],
          interviewId: ["01KQ8Z3M4N5P6R7S8T9V0W1X2Y"],
          stepId: ["s1"],
        },
      },
      send: {},
    });
  });

  it("publishes nothing for an email without a configuration set, or a request that is not a SendEmail, and still answers when the handler fails", async () => {
    const ses = await fakeSes();
    upstream = ses.server;
    const events: unknown[] = [];
    let fail = false;
    const logged: string[] = [];
    front = await startSesEventPublisher({
      port: 0,
      upstreamUrl: ses.url,
      publish: async (event) => {
        if (fail) throw new Error("ses-events broke");
        events.push(event);
      },
      now: () => new Date(),
      log: (line) => logged.push(line),
    });

    expect((await fetch(`${front.url}/v2/email/outbound-emails`, sendEmail({}))).status).toBe(200);
    expect((await fetch(`${front.url}/store`)).status).toBe(404);
    expect(events).toEqual([]);

    fail = true;
    const res = await fetch(
      `${front.url}/v2/email/outbound-emails`,
      sendEmail({ ConfigurationSetName: "followup-local" }),
    );
    expect(await res.json()).toEqual({ MessageId: "ses-1" });
    expect(logged.join("\n")).toContain("ses-events broke");
  });

  it("answers SendEmail when ses-events has not finished within its wait, and resets the connection when SES went away mid-request", async () => {
    const ses = await fakeSes();
    upstream = ses.server;
    front = await startSesEventPublisher({
      port: 0,
      upstreamUrl: ses.url,
      publish: () => new Promise(() => {}),
      now: () => new Date(),
      log: () => {},
    });
    const res = await fetch(
      `${front.url}/v2/email/outbound-emails`,
      sendEmail({ ConfigurationSetName: "followup-local" }),
    );
    expect(await res.json()).toEqual({ MessageId: "ses-1" });

    // An upstream that takes the request and drops the connection: no 502 ("not handed over"), a reset.
    const dropping = createServer((req) => req.socket.destroy());
    await new Promise<void>((ok) => dropping.listen(0, "127.0.0.1", ok));
    const reset = await startSesEventPublisher({
      port: 0,
      upstreamUrl: `http://127.0.0.1:${(dropping.address() as AddressInfo).port}`,
      publish: async () => {},
      now: () => new Date(),
      log: () => {},
    });
    try {
      await expect(
        fetch(`${reset.url}/v2/email/outbound-emails`, sendEmail({ ConfigurationSetName: "followup-local" })),
      ).rejects.toThrow();
    } finally {
      await reset.close();
      await new Promise((ok) => dropping.close(ok));
    }
  });
});
