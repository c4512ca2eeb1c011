import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { LocalJwt } from "../../../local/local-jwt.js";

const dataDir = mkdtempSync(join(tmpdir(), "followup-jwt-"));
const otherDir = mkdtempSync(join(tmpdir(), "followup-jwt-other-"));
let jwt: LocalJwt;

beforeAll(async () => {
  jwt = await LocalJwt.open(dataDir);
});
afterEach(() => {
  vi.useRealTimers();
});
afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(otherDir, { recursive: true, force: true });
});

describe("LocalJwt.verify, which remembers the tokens it verified", () => {
  it("accepts a valid token again with the same claims", async () => {
    const token = await jwt.sign("sam");
    const first = await jwt.verify(token);
    const again = await jwt.verify(token);
    expect(first.sub).toBe("sam");
    expect(again).toEqual(first);
  });

  it("refuses a token it verified once it has expired", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-12-01T10:00:00Z"));
    const token = await jwt.sign("sam", 60);
    expect((await jwt.verify(token)).sub).toBe("sam");
    vi.setSystemTime(new Date("2026-12-01T10:00:59Z"));
    expect((await jwt.verify(token)).sub).toBe("sam");
    vi.setSystemTime(new Date("2026-12-01T10:01:00Z"));
    await expect(jwt.verify(token)).rejects.toThrow();
    // Still refused, not verified afresh into the cache.
    await expect(jwt.verify(token)).rejects.toThrow();
  });

  it("refuses a token whose signature does not match, even after the genuine one was verified", async () => {
    const token = await jwt.sign("sam");
    await jwt.verify(token);
    const [header, payload, signature] = token.split(".") as [string, string, string];
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, "base64url").toString()), sub: "eve" }),
    ).toString("base64url");
    await expect(jwt.verify(`${header}.${forged}.${signature}`)).rejects.toThrow();
    const other = await LocalJwt.open(otherDir);
    await expect(jwt.verify(await other.sign("sam"))).rejects.toThrow();
  });
});
