import type { Server } from "node:http";

/** Closes `server` and every connection it holds (kept-alive ones included); resolves once it is closed. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((ok) => {
    server.closeAllConnections?.();
    server.close(() => ok());
  });
}
