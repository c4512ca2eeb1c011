import type { Server } from "node:http";

/**
 * Stops `server` listening and ends every connection it holds (kept-alive and in-flight ones included);
 * resolves once it is closed.
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.close(() => ok());
    server.closeAllConnections();
  });
}
