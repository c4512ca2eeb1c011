import type { IncomingMessage } from "node:http";

/**
 * A request body of at most `maxBytes`, or undefined when it is larger. The rest is still drained, so the
 * client gets the error answer instead of a reset connection.
 */
export async function readBodyUpTo(req: IncomingMessage, maxBytes: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size <= maxBytes) chunks.push(buf);
  }
  return size > maxBytes ? undefined : Buffer.concat(chunks);
}
