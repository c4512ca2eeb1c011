import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { toGatewayEvent } from "../../../local/to-gateway-event.js";

function eventFor(path: string, body: Buffer, headers: Record<string, string> = {}) {
  const req = { headers, method: "POST", httpVersion: "1.1", socket: {} } as unknown as IncomingMessage;
  return toGatewayEvent({
    req,
    url: new URL(`http://127.0.0.1${path}`),
    body,
    routeKey: "POST /interviews",
    pathParameters: {},
  });
}

describe("toGatewayEvent", () => {
  it("hands a JSON body that is not UTF-8 over as its bytes, base64, not with U+FFFD in place of them", () => {
    const latin1 = Buffer.from('{"name":"Zo\xeb"}', "latin1");
    const event = eventFor("/interviews", latin1, { "content-type": "application/json" });

    expect(event.isBase64Encoded).toBe(true);
    expect(Buffer.from(event.body ?? "", "base64")).toEqual(latin1);
  });

  it("hands a UTF-8 JSON body over as text", () => {
    const event = eventFor("/interviews", Buffer.from('{"name":"Zoë"}'), {
      "content-type": "application/json",
    });

    expect(event.isBase64Encoded).toBe(false);
    expect(event.body).toBe('{"name":"Zoë"}');
  });

  it("keeps query parameters named like Object's own properties, and joins repeats with commas as API Gateway does", () => {
    const event = eventFor(
      "/interviews?__proto__=x&constructor=y&toString=z&limit=5&limit=6",
      Buffer.alloc(0),
    );

    expect(Object.entries(event.queryStringParameters ?? {})).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
      ["toString", "z"],
      ["limit", "5,6"],
    ]);
  });
});
