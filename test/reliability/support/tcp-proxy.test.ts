import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.js";

let server: ReturnType<typeof createServer>;
let proxy: TcpProxy;

beforeAll(async () => {
  server = createServer((_req, res) => res.end("pong"));
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  proxy = await startTcpProxy(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
});
afterAll(async () => {
  await proxy.close();
  server.closeAllConnections();
  await new Promise<void>((ok) => server.close(() => ok()));
});

describe("the hang proxy the reliability scenarios put in front of each emulator", () => {
  it("forwards, then accepts but never answers while hung, then forwards again", async () => {
    expect(await (await fetch(proxy.url)).text()).toBe("pong");

    proxy.setMode("hang");
    const hung = await fetch(proxy.url, { signal: AbortSignal.timeout(300) }).then(
      () => "answered",
      (err: Error) => err.name,
    );
    expect(hung).toBe("TimeoutError");

    // Hung connections are reset on recovery (their HTTP stream is broken); let the client see that first.
    proxy.setMode("pass");
    await new Promise((ok) => setTimeout(ok, 50));
    expect(await (await fetch(proxy.url)).text()).toBe("pong");
  });
});
