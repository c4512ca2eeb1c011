import type { Server } from "node:net";

/**
 * Listens on `port` (0 lets the system pick a free one, which no other process can take meanwhile) and
 * answers the port actually bound; a port in use rejects with EADDRINUSE instead of an unhandled 'error'.
 */
export function listenOn(server: Server, port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      const address = server.address();
      resolve(typeof address === "object" && address ? address.port : port);
    });
  });
}
