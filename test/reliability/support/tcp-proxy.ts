import type { AddressInfo } from "node:net";
import { connect, createServer, type Server, type Socket } from "node:net";

export type ProxyMode = "pass" | "hang";

export interface TcpProxy {
  url: string;
  /**
   * `hang`: connections are accepted and bytes read, but nothing is forwarded either way, so a request in
   * flight and every new one wait forever, as with a dependency that stopped answering. Back to `pass`,
   * connections that were hung are reset (their HTTP stream is broken) and new ones are forwarded.
   */
  setMode(mode: ProxyMode): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy in front of one emulator, switchable between forwarding and hanging. */
export async function startTcpProxy(targetUrl: string): Promise<TcpProxy> {
  const target = new URL(targetUrl);
  let mode: ProxyMode = "pass";
  const live = new Set<{ client: Socket; upstream: Socket; hung: boolean }>();
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port), target.hostname);
    const conn = { client, upstream, hung: mode === "hang" };
    live.add(conn);
    const end = () => {
      live.delete(conn);
      client.destroy();
      upstream.destroy();
    };
    client.on("data", (chunk) => {
      if (mode === "hang") conn.hung = true;
      if (!conn.hung) upstream.write(chunk);
    });
    upstream.on("data", (chunk) => {
      if (mode === "hang") conn.hung = true;
      if (!conn.hung) client.write(chunk);
    });
    client.on("close", end);
    upstream.on("close", end);
    client.on("error", end);
    upstream.on("error", end);
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    setMode(next) {
      mode = next;
      if (next === "hang") {
        for (const c of live) c.hung = true;
      } else {
        for (const c of [...live]) {
          if (!c.hung) continue;
          c.client.destroy();
          c.upstream.destroy();
          live.delete(c);
        }
      }
    },
    close: () =>
      new Promise<void>((ok) => {
        for (const c of live) {
          c.client.destroy();
          c.upstream.destroy();
        }
        live.clear();
        server.close(() => ok());
      }),
  };
}
