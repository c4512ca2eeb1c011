/**
 * Scenario 5: a property-based fuzzer over every route of shared/api/api-routes.ts (fast-check): random
 * and mutated bodies, content types, headers, path parameters, signed-link tokens, cursors and bearer
 * tokens, sent over HTTP to the local gateway. Whatever comes in: never a 5xx, and every error a JSON
 * body with a stable code. Afterwards, each owner has exactly the interviews the API said it created.
 */
import fc from "fast-check";
import { API_ROUTES, type ApiRoute } from "../../../shared/api/api-routes.js";
import { manageToken } from "../../../shared/security/manage-token.js";
import { unsubscribeToken } from "../../../shared/security/unsubscribe-token.js";
import { stepsOf, uniqueInterview } from "../support/chain-fixtures.js";
import { emptyFigures, note, type ScenarioFigures } from "../support/figures.js";
import { inPool } from "../support/pool.js";
import { startReliabilityStack } from "../support/reliability-stack.js";

/** Null most of the time (one in ten draws gives a value): a twist on an otherwise well-formed request. */
const rarely = <T>(a: fc.Arbitrary<T>) =>
  fc.tuple(fc.noBias(fc.nat({ max: 9 })), a).map(([k, value]) => (k === 0 ? value : null));

const REQUESTS = Number(process.env.RELIABILITY_FUZZ_REQUESTS ?? 5000);
const OWNERS = ["fuzz-a", "fuzz-b"] as const;

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
  owner?: string;
}

export async function run(seed: number): Promise<ScenarioFigures> {
  const f = emptyFigures("5 API fuzzer");
  const r = await startReliabilityStack();
  try {
    const now = r.stack.clock.now();
    const tokens: Record<string, string> = {};
    for (const o of OWNERS) tokens[o] = await r.token(o);
    // A few real interviews, so that valid ids, step ids and signed links reach the use cases.
    const real: { id: string; owner: string; stepIds: string[] }[] = [];
    for (let i = 0; i < 4; i++) {
      const owner = OWNERS[i % 2] as string;
      const res = await r.api("POST", "/interviews", {
        token: tokens[owner],
        body: uniqueInterview(now, i, 2),
      });
      if (res.status !== 201) throw new Error(`fixture interview: ${res.status} ${res.text}`);
      real.push({ id: String(res.json?.id), owner, stepIds: stepsOf(res.json).map((s) => s.id) });
    }
    const listed = await r.api("GET", "/interviews?limit=1", { token: tokens["fuzz-a"] });
    const realCursor = typeof listed.json?.nextCursor === "string" ? listed.json.nextCursor : "eyJ4IjoxfQ";
    const secret = r.replySecret;

    const anyId = fc.oneof(
      { weight: 8, arbitrary: fc.constantFrom(...real.map((x) => x.id)) },
      fc.constantFrom(...real.map((x) => x.id.toLowerCase())),
      fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/),
      fc.string({ maxLength: 40 }),
      fc.constantFrom("..", "%2e%2e", "%00", "%ZZ", "%F0%9F%92%A9", "a".repeat(3000), "null", "undefined"),
    );
    const signedLink = fc.oneof(
      {
        weight: 5,
        arbitrary: fc
          .tuple(fc.constantFrom(...real), fc.nat(), fc.boolean())
          .map(([x, k, manage]) =>
            (manage ? manageToken : unsubscribeToken)(secret, x.id, x.stepIds[k % x.stepIds.length] ?? "s1"),
          ),
      },
      fc.tuple(fc.constantFrom(...real), fc.nat(), fc.nat({ max: 60 })).map(([x, k, at]) => {
        const t = unsubscribeToken(secret, x.id, x.stepIds[k % x.stepIds.length] ?? "s1");
        return `${t.slice(0, at)}${t[at] === "0" ? "1" : "0"}${t.slice(at + 1)}`;
      }),
      fc.stringMatching(/^[mu]-[0-9a-z]{26}-s[0-9]{1,4}-[0-9a-f]{20,32}$/),
      fc.string({ maxLength: 200 }),
    );
    const jsonValue = fc.jsonValue({ maxDepth: 3 });
    // Dates at and past the edges of what ISO 8601 and the runtime's Date can hold, and near misses.
    const edgeDate = fc.constantFrom(
      "0000-01-01T00:00:00+14:00",
      "9999-12-31T23:59:59-12:00",
      "+275760-09-13T00:00:00Z",
      "2026-02-30T10:00:00Z",
      "2026-12-31T23:59:60Z",
      "2026-12-01T14:00:00",
      "2026-12-01",
      "0000-01-01",
      "9999-12-31",
      "2026-13-01",
      "1969-12-31T23:59:59.999Z",
    );
    const mutatedInterview = fc
      .tuple(
        fc.nat(),
        fc.array(
          fc.tuple(
            fc.constantFrom(
              "company",
              "role",
              "round",
              "interviewedAt",
              "timezone",
              "country",
              "region",
              "candidate",
              "interviewers",
              "recruiter",
              "referrer",
              "decisionExpectedBy",
              "mode",
              "applicationId",
              "notes",
              "cadence",
              "templates",
              "settings",
              "stepTemplates",
              "__proto__",
              "constructor",
              "extra",
            ),
            fc.oneof(jsonValue, fc.constant(undefined), fc.string({ maxLength: 6000 }), edgeDate),
          ),
          { minLength: 1, maxLength: 3 },
        ),
      )
      .map(([n, changes]) => {
        const body: Record<string, unknown> = uniqueInterview(now, 1000 + (n % 1000), 1);
        for (const [key, value] of changes) {
          if (value === undefined) delete body[key];
          else
            Object.defineProperty(body, key, { value, enumerable: true, configurable: true, writable: true });
        }
        return JSON.stringify(body);
      });
    const body = fc.oneof(
      { weight: 4, arbitrary: mutatedInterview },
      { weight: 2, arbitrary: jsonValue.map((v) => JSON.stringify(v)) },
      {
        weight: 1,
        arbitrary: fc
          .record(
            {
              reason: fc.oneof(fc.constantFrom("offer", "rejected", "withdrawn", "cancelled"), fc.string()),
              note: fc.oneof(fc.string(), jsonValue),
            },
            { requiredKeys: [] },
          )
          .map((v) => JSON.stringify(v)),
      },
      {
        weight: 1,
        arbitrary: fc
          .record({ action: fc.oneof(fc.constantFrom("stop", "snooze"), jsonValue) })
          .map((v) => JSON.stringify(v)),
      },
      { weight: 1, arbitrary: fc.string({ maxLength: 300 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          "{",
          '{"a":',
          "[".repeat(5000),
          "\u0000",
          "action=stop",
          "action=snooze&x=1",
          "List-Unsubscribe=One-Click",
        ),
      },
    );
    const query = fc
      .record(
        {
          limit: fc.oneof(fc.integer({ min: -5, max: 500 }).map(String), fc.string({ maxLength: 8 })),
          cursor: fc.oneof(
            fc.constant(realCursor),
            fc
              .tuple(fc.nat({ max: 40 }), fc.string({ minLength: 1, maxLength: 1 }))
              .map(([at, c]) => `${realCursor.slice(0, at)}${c}${realCursor.slice(at + 1)}`),
            fc.base64String({ maxLength: 80 }),
            fc.string({ maxLength: 80 }),
          ),
          status: fc.oneof(
            fc.constantFrom("active", "stopped", "replied", "completed", "superseded"),
            fc.string({ maxLength: 10 }),
          ),
          junk: fc.string({ maxLength: 10 }),
        },
        { requiredKeys: [] },
      )
      .map((q) => {
        const s = new URLSearchParams(q as Record<string, string>).toString();
        return s ? `?${s}` : "";
      });
    const auth = fc.oneof(
      {
        weight: 6,
        arbitrary: fc
          .constantFrom(...OWNERS)
          .map((o) => ({ owner: o as string, header: `Bearer ${tokens[o]}` })),
      },
      { weight: 1, arbitrary: fc.constant({ owner: undefined, header: undefined }) },
      {
        weight: 1,
        arbitrary: fc
          .oneof(
            fc.string({ maxLength: 60 }),
            fc.constantFrom(
              `Bearer ${tokens["fuzz-a"]?.slice(0, -4)}AAAA`,
              "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJmdXp6LWEifQ.",
              "Basic Zm9vOmJhcg==",
              "Bearer ",
            ),
          )
          .map((h) => ({ owner: undefined, header: h })),
      },
    );
    const contentType = fc.constantFrom(
      "application/json",
      "application/json; charset=utf-8",
      "text/plain",
      "application/x-www-form-urlencoded",
      "multipart/form-data; boundary=x",
      "application/json; charset=utf-16",
      "",
    );
    const route: fc.Arbitrary<ApiRoute> = fc.constantFrom(...API_ROUTES);
    const request: fc.Arbitrary<FuzzRequest> = fc
      .record({
        route,
        otherMethod: rarely(fc.constantFrom("GET", "POST", "PATCH", "DELETE", "PUT", "OPTIONS")),
        id: anyId,
        link: signedLink,
        query,
        auth,
        body: fc.option(body, { freq: 6 }),
        contentType,
        // A single leading slash: the local gateway answers 500 to `//...` (reported; API Gateway would not).
        randomPath: rarely(fc.webPath().map((p) => `/${p.replace(/^\/+/, "")}`)),
        extraHeaders: fc.dictionary(
          fc.constantFrom("x-forwarded-for", "accept", "origin", "idempotency-key", "content-encoding"),
          fc.string({ maxLength: 40 }),
          { maxKeys: 2 },
        ),
      })
      .map((x) => {
        const method = x.otherMethod ?? x.route.method;
        // Only the last fixture may be deleted: the others must live on for the rest of the run to reach
        // the use cases behind a valid id.
        const id = method === "DELETE" && real.some((r) => r.id === x.id) ? (real[3]?.id ?? x.id) : x.id;
        const path =
          x.randomPath ??
          x.route.path
            .replace("{id}", encodeURIComponent(id).replace(/%25/g, "%"))
            .replace("{token}", encodeURIComponent(x.link));
        const headers: Record<string, string> = {};
        for (const [k, v] of Object.entries(x.extraHeaders)) if (/^[\t\x20-\x7e]*$/.test(v)) headers[k] = v;
        if (x.auth.header !== undefined && /^[\t\x20-\x7e]*$/.test(x.auth.header))
          headers.authorization = x.auth.header;
        if (x.contentType) headers["content-type"] = x.contentType;
        return {
          method,
          path: `${path}${x.route.path === "/interviews" ? x.query : ""}`,
          headers,
          ...(x.body !== null && method !== "GET" ? { body: x.body } : {}),
          ...(x.auth.owner ? { owner: x.auth.owner } : {}),
        };
      });

    const requests = fc.sample(request, { numRuns: REQUESTS, seed });
    const created: Record<string, number> = { "fuzz-a": 2, "fuzz-b": 2 };
    const deleted = new Set<string>();
    const statuses = new Map<number, number>();
    await inPool(requests, 6, async (req) => {
      f.attempts++;
      let res: Response;
      let text: string;
      try {
        res = await fetch(`${r.stack.apiUrl}${req.path}`, {
          method: req.method,
          headers: req.headers,
          ...(req.body !== undefined ? { body: req.body } : {}),
          signal: AbortSignal.timeout(20_000),
        });
        text = await res.text();
      } catch (err) {
        f.other++;
        note(f, "no answer", `${req.method} ${req.path.slice(0, 80)}: ${String(err).slice(0, 100)}`);
        return;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      const where = `${req.method} ${req.path.slice(0, 80)} (${req.headers["content-type"] ?? "no type"})`;
      if (res.status >= 500) {
        f.fiveXx++;
        // The body is what a replay needs: a 5xx is a bug to reproduce.
        note(
          f,
          "5xx",
          `${where} -> ${res.status} ${text.slice(0, 120)} body: ${(req.body ?? "").slice(0, 600)}`,
          6,
        );
        return;
      }
      if (req.method === "POST" && /^\/interviews\/?(\?|$)/.test(req.path) && res.status === 201 && req.owner)
        created[req.owner] = (created[req.owner] ?? 0) + 1;
      // Only an interview's DELETE removes an interview (DELETE /calendar-token answers 204 too).
      if (req.method === "DELETE" && req.path.startsWith("/interviews/") && res.status < 300 && req.owner)
        deleted.add(`${req.owner} ${req.path}`);
      if (res.status >= 400 && req.method !== "HEAD") {
        let code: unknown;
        try {
          code = (JSON.parse(text) as { error?: { code?: unknown } }).error?.code;
        } catch {
          code = undefined;
        }
        if (!/^application\/json/.test(res.headers.get("content-type") ?? "") || typeof code !== "string") {
          f.other++;
          note(f, "error without a JSON code", `${where} -> ${res.status} ${text.slice(0, 100)}`);
        }
      }
    });
    f.notes.push(
      `answers by status: ${[...statuses]
        .sort((a, b) => a[0] - b[0])
        .map(([s, n]) => `${s}x${n}`)
        .join(" ")}`,
    );

    // Nothing half-written: each owner holds the interviews it was told were created, less those deleted.
    for (const owner of OWNERS) {
      let count = 0;
      let cursor: string | undefined;
      do {
        const page = await r.api(
          "GET",
          `/interviews?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
          {
            token: tokens[owner],
          },
        );
        count += (page.json?.items ?? page.json?.interviews ?? []).length;
        cursor = page.json?.nextCursor;
      } while (cursor);
      const removed = [...deleted].filter((d) => d.startsWith(`${owner} `)).length;
      const expected = (created[owner] ?? 0) - removed;
      if (count !== expected) {
        f.halfWritten += Math.abs(count - expected);
        note(
          f,
          "half-written",
          `${owner} holds ${count} interviews; the API created ${created[owner]} and deleted ${removed}`,
        );
      }
    }
    return f;
  } finally {
    await r.close();
  }
}
