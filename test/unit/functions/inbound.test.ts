import { afterEach, describe, expect, it, vi } from "vitest";
import { localReceiptEvent } from "../../../local/local-receipt-event.js";
import { HANDLER_ENV } from "../../support/handler-env.js";

const PASS = { spf: "PASS", dkim: "PASS", dmarc: "PASS" } as const;

describe("the inbound function's configuration", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("is parsed with the first mail, not at import; a missing variable fails every invoke, named", async () => {
    for (const [name, value] of Object.entries(HANDLER_ENV)) vi.stubEnv(name, value);
    vi.stubEnv("REPLY_TOKEN_SECRET", "s".repeat(32));
    vi.stubEnv("INBOUND_MAIL_BUCKET", undefined);
    vi.resetModules();
    const { handler } = await import("../../../functions/inbound.js");
    const event = localReceiptEvent("m-1", new Date("2026-12-04T10:00:00Z"), PASS);
    await expect(handler(event)).rejects.toThrow(/INBOUND_MAIL_BUCKET/);
    await expect(handler(event)).rejects.toThrow(/INBOUND_MAIL_BUCKET/);
  });
});
