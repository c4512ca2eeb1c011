import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { listenOn } from "../../../local/listen-on.js";

const servers: ReturnType<typeof createServer>[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((ok) => s.close(ok))));
});

describe("listenOn", () => {
  it("binds a port the system picks when asked for 0, and answers it", async () => {
    const server = createServer();
    servers.push(server);
    const port = await listenOn(server, 0);
    expect(port).toBeGreaterThan(0);
    expect(server.address()).toMatchObject({ port });
  });

  it("rejects with EADDRINUSE for a port already taken, instead of an unhandled error", async () => {
    const first = createServer();
    servers.push(first);
    const port = await listenOn(first, 0);
    const second = createServer();
    await expect(listenOn(second, port)).rejects.toMatchObject({ code: "EADDRINUSE" });
    expect(second.listening).toBe(false);
  });
});
