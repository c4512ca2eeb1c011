import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { REPO_ROOT } from "../../../../local/repo-root.js";
import { API_ROUTES } from "../../../../shared/api/api-routes.js";
import { CONFIG_PIECES } from "../../../../shared/config/config-pieces.js";
import {
  ENTRIES,
  ENTRY_LIST,
  HTTP_ENTRIES,
  WORKER_ENTRIES,
} from "../../../../shared/entries/entry-catalogue.js";

const handlerFiles = (dir: string) =>
  readdirSync(join(REPO_ROOT, dir))
    .filter((f) => f.endsWith(".ts"))
    .map((f) => `${dir}/${f}`);

describe("the entry catalogue", () => {
  it("names every handler file under functions/ and functions/http/ exactly once, and no other file", () => {
    const files = [...handlerFiles("functions"), ...handlerFiles("functions/http")].sort();
    expect(ENTRY_LIST.map((e) => e.entry).sort()).toEqual(files);
    for (const e of ENTRY_LIST) expect(existsSync(join(REPO_ROOT, e.entry)), e.entry).toBe(true);
  });

  it("lists every route once by method and path, and the four workers", () => {
    const keys = HTTP_ENTRIES.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(WORKER_ENTRIES.map((w) => w.trigger).sort()).toEqual([
      "rate-schedule",
      "ses-notification",
      "ses-receipt",
      "step-schedule",
    ]);
    expect(API_ROUTES.filter((r) => r.auth).map((r) => r.caller)).toEqual(
      HTTP_ENTRIES.filter((r) => r.caller === "jwt").map((r) => r.caller),
    );
  });

  it("gives each entry the configuration its access needs, and no more", () => {
    for (const e of ENTRY_LIST) {
      const reads = (piece: string) => (e.config as readonly string[]).includes(piece);
      expect(reads("table"), `${e.entry} table`).toBe(e.access.table !== "none");
      expect(reads("scheduling"), `${e.entry} scheduling`).toBe(e.access.schedules === "write");
      expect(reads("replyToken"), `${e.entry} replyToken`).toBe(e.access.secret);
      expect(reads("mail"), `${e.entry} mail`).toBe(e.access.sendMail === true);
      expect(reads("ownAddresses"), `${e.entry} ownAddresses`).toBe(e.access.mailAddresses === true);
      for (const piece of e.config) expect(Object.keys(CONFIG_PIECES)).toContain(piece);
    }
  });

  it("keeps Idempotency-Key to JWT callers' writes, and signed-token routes to tokens the function can check", () => {
    for (const r of HTTP_ENTRIES) {
      if (r.idempotencyKey) expect([r.caller, r.access.table], r.path).toEqual(["jwt", "write"]);
      if (r.caller === "signed-token") expect(r.access.secret, r.path).toBe(true);
      if (r.caller === "public")
        expect(r.access, r.path).toEqual({ table: "none", schedules: "none", secret: false });
    }
  });

  it("is what each handler parses its configuration from: its own entry", () => {
    for (const [name, e] of Object.entries(ENTRIES)) {
      const source = readFileSync(join(REPO_ROOT, e.entry), "utf8");
      // Each handler imports its own entry's constant (`createInterviewEntry`), or only its entry's
      // configuration list (`SENDER_CONFIG`), so it bundles no other.
      const entries = [...source.matchAll(/\b([a-z]\w*)Entry\b/g)].map((m) => m[1]);
      const configLists = [...source.matchAll(/\b([A-Z][A-Z0-9_]*)_CONFIG\b/g)].map((m) =>
        (m[1] ?? "").toLowerCase().replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()),
      );
      const used = [...entries, ...configLists];
      // A handler with no configuration (health, openapi) names no entry.
      if (e.config.length === 0) expect(used, e.entry).toEqual([]);
      else expect(new Set(used), e.entry).toEqual(new Set([name]));
    }
  });

  it("asks for a JWT in exactly the handlers whose routes the catalogue gives a JWT caller", () => {
    for (const route of HTTP_ENTRIES) {
      const source = readFileSync(join(REPO_ROOT, route.entry), "utf8");
      // A handler not built with httpRoute (health, openapi) reads no token: its route must be public.
      const auth =
        /auth: (true|false)/.exec(source)?.[1] ?? (source.includes("httpRoute(") ? undefined : "false");
      expect(auth, route.entry).toBe(String(route.caller === "jwt"));
    }
  });
});
