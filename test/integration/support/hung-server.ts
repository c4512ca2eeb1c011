import { createServer, type Socket } from "node:net";

/**
 * How the fake dependency misbehaves once a request arrives: `silent` accepts the connection and never
 * answers; `half-headers` sends a status line and part of the headers; `half-body` sends complete headers
 * announcing a body, half of it, then nothing.
 */
export type HangMode = "silent" | "half-headers" | "half-body";

/** A loopback TCP server that accepts connections and hangs, the way a stuck dependency does. */
export async function startHungServer(initial: HangMode = "silent") {
  const sockets = new Set<Socket>();
  let requests = 0;
  const state = { mode: initial };
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("error", () => undefined);
    socket.on("close", () => sockets.delete(socket));
    socket.once("data", () => {
      requests += 1;
      if (state.mode === "half-headers") {
        socket.write("HTTP/1.1 200 OK\r\nContent-Type: application/x-amz-json-1.0\r\n");
      } else if (state.mode === "half-body") {
        socket.write(
          'HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 64\r\n\r\n{"Item": {"pk": ',
        );
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    setMode(mode: HangMode) {
      state.mode = mode;
    },
    /** How many requests reached it: proof that the client did talk to it. */
    get requests() {
      return requests;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
