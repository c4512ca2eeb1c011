import { createServer } from "node:net";
import { listenOn } from "../../../local/listen-on.js";

export interface DeadEndpoint {
  url: string;
  close(): Promise<void>;
}

/**
 * An endpoint that is down: it holds a port the system picked (so no other process can answer on it) and
 * drops every connection at once, as a service that has gone away does.
 */
export async function deadEndpoint(): Promise<DeadEndpoint> {
  const server = createServer((socket) => socket.destroy());
  const port = await listenOn(server, 0);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
