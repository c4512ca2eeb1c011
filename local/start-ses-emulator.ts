import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { closeServer } from "./close-server.js";

export interface SesEmulator {
  url: string;
  close(): Promise<void>;
}

/** SES v2 (aws-ses-v2-local, mail kept in memory) on 127.0.0.1:`port` (0 picks a free one). */
export async function startSesEmulator(port: number): Promise<SesEmulator> {
  const sesModule = (await import("aws-ses-v2-local")) as unknown as {
    default: { default?: (c: object) => Promise<Server> } & ((c: object) => Promise<Server>);
  };
  const sesStart = sesModule.default.default ?? sesModule.default;
  const server = await sesStart({ port, host: "127.0.0.1" });
  // Its listen callback also runs on a failed listen (Express 5 hands it the error): a server that did
  // not bind is a port in use, said the way every other emulator says it.
  if (!server.address()) {
    throw Object.assign(new Error(`listen EADDRINUSE: address already in use 127.0.0.1:${port}`), {
      code: "EADDRINUSE",
      port,
    });
  }
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeServer(server),
  };
}
