import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type ServerResponse } from "node:http";
import { dirname, join, resolve, sep } from "node:path";
import { closeServer } from "../close-server.js";
import { listenOn } from "../listen-on.js";
import { readBodyUpTo } from "../read-body-up-to.js";

const MAX_OBJECT_BYTES = 25 * 1024 * 1024;

export interface S3Emulator {
  url: string;
  close(): Promise<void>;
}

function xmlError(res: ServerResponse, status: number, code: string, message: string): void {
  res.writeHead(status, { "content-type": "application/xml", "x-amz-error-code": code });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

/**
 * Just enough of S3 for the local stack's inbound mail (PutObject, GetObject, HeadObject, DeleteObject,
 * path-style, which the SDK uses for an IP endpoint), persisted under `<dataDir>/s3/<bucket>/<key>`.
 * The SDK reaches it through AWS_ENDPOINT_URL_S3, like it reaches every other emulator.
 */
export async function startS3Emulator(options: {
  dataDir: string;
  port: number;
  host?: string;
}): Promise<S3Emulator> {
  const root = resolve(options.dataDir, "s3");
  mkdirSync(root, { recursive: true });

  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url ?? "/", "http://localhost");
      const [, bucket = "", ...rest] = url.pathname.split("/");
      const key = decodeURIComponent(rest.join("/"));
      if (!/^[a-z0-9][a-z0-9.-]{1,62}$/.test(bucket) || !key) {
        return xmlError(res, 400, "InvalidRequest", "Only path-style object requests are supported.");
      }
      const file = resolve(root, bucket, key);
      if (!file.startsWith(join(root, bucket) + sep)) return xmlError(res, 400, "InvalidRequest", "Bad key.");
      switch (req.method) {
        case "PUT": {
          const body = await readBodyUpTo(req, MAX_OBJECT_BYTES);
          if (!body) return xmlError(res, 400, "EntityTooLarge", "Object too large.");
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(`${file}.tmp`, body);
          renameSync(`${file}.tmp`, file);
          res.writeHead(200, { etag: `"${createHash("md5").update(body).digest("hex")}"` });
          return res.end();
        }
        case "GET":
        case "HEAD": {
          let body: Buffer;
          try {
            if (!statSync(file).isFile()) throw new Error("not a file");
            body = readFileSync(file);
          } catch {
            return xmlError(res, 404, "NoSuchKey", "The specified key does not exist.");
          }
          res.writeHead(200, {
            "content-type": "application/octet-stream",
            "content-length": String(body.length),
            etag: `"${createHash("md5").update(body).digest("hex")}"`,
          });
          return res.end(req.method === "GET" ? body : undefined);
        }
        case "DELETE":
          rmSync(file, { force: true });
          res.writeHead(204);
          return res.end();
        default:
          return xmlError(res, 405, "MethodNotAllowed", "Not supported by the local S3 emulator.");
      }
    } catch (err) {
      return xmlError(res, 500, "InternalError", err instanceof Error ? err.message : "error");
    }
  });
  const port = await listenOn(server, options.port, options.host);
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => closeServer(server),
  };
}
