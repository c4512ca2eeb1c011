import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type S3Emulator, startS3Emulator } from "../../../local/s3/s3-emulator.js";

let dir: string;
let s3: S3Emulator;
let client: S3Client;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "s3-emu-"));
  s3 = await startS3Emulator({ dataDir: dir, port: 0 });
  client = new S3Client({
    region: "us-east-1",
    endpoint: s3.url,
    credentials: { accessKeyId: "l", secretAccessKey: "l" },
  });
});
afterAll(async () => {
  client.destroy();
  await s3.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("the local S3 emulator, through the real S3 client", () => {
  it("stores and returns an object byte for byte, and persists it", async () => {
    const body = Buffer.from("From: a@b.example\r\nSubject: hé\r\n\r\nbody\r\n", "utf8");
    await client.send(new PutObjectCommand({ Bucket: "inbound-mail", Key: "inbound/abc123", Body: body }));
    const out = await client.send(new GetObjectCommand({ Bucket: "inbound-mail", Key: "inbound/abc123" }));
    expect(
      Buffer.from(await (out.Body as { transformToByteArray(): Promise<Uint8Array> }).transformToByteArray()),
    ).toEqual(body);

    await s3.close();
    s3 = await startS3Emulator({ dataDir: dir, port: Number(new URL(s3.url).port) });
    const again = await client.send(new GetObjectCommand({ Bucket: "inbound-mail", Key: "inbound/abc123" }));
    expect(await (again.Body as { transformToString(): Promise<string> }).transformToString()).toContain(
      "Subject: hé",
    );
  });

  it("answers a missing key with the typed NoSuchKey error, and refuses path escapes", async () => {
    await expect(
      client.send(new GetObjectCommand({ Bucket: "inbound-mail", Key: "nope" })),
    ).rejects.toBeInstanceOf(NoSuchKey);
    const res = await fetch(`${s3.url}/inbound-mail/..%2F..%2Fetc%2Fpasswd`);
    expect(res.status).toBe(400);
  });
});
