import type { Context } from "aws-lambda";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as z from "zod/mini";
import { reserveId } from "../../../../shared/domain/reserve-id.js";
import {
  ConflictError,
  DependencyUnavailableError,
  NotFoundError,
} from "../../../../shared/errors/app-error.js";
import { PreconditionFailedError } from "../../../../shared/errors/precondition-failed-error.js";
import {
  IN_PROGRESS_RETRY_SECONDS,
  STALE_ATTEMPT_MS,
} from "../../../../shared/http/decide-idempotent-retry.js";
import { httpRoute } from "../../../../shared/http/http-route.js";
import { jsonResponse } from "../../../../shared/http/json-response.js";
import {
  IDEMPOTENCY_KEEP_MS,
  idempotencyGuard,
  REPLAYED_HEADER,
} from "../../../../shared/http/with-idempotency.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { type FixedClock, fixedClock } from "../../../support/fixed-clock.js";
import { InMemoryIdempotencyStore } from "../../../support/in-memory-idempotency-store.js";
import { recordingLogger } from "../../../support/recording-logger.js";

let store: InMemoryIdempotencyStore;
let clock: FixedClock;
/** What the route's use case saw: one entry per time it actually ran. */
let runs: { owner: string; reservedId: string | undefined; name: string }[];
/** What the next run does instead of answering 201. */
let nextOutcome: (() => Promise<never>) | undefined;

const bodySchema = z.strictObject({ name: z.string() });

/** A route that creates things (and so reserves their ids), or with `reserves: false` one that changes them. */
function route({ reserves = true } = {}) {
  return httpRoute(
    {
      auth: true,
      body: bodySchema,
      idempotency: idempotencyGuard(() => ({
        store,
        clock,
        log: recordingLogger(),
        ...(reserves ? { reserveId } : {}),
      })),
    },
    async ({ owner, body, reservedId }) => {
      runs.push({ owner, reservedId, name: body.name });
      const outcome = nextOutcome;
      nextOutcome = undefined;
      if (outcome) await outcome();
      return jsonResponse(
        201,
        { id: reservedId ?? "fresh", name: body.name, run: runs.length },
        {
          location: `/things/${reservedId}`,
        },
      );
    },
  );
}

beforeEach(() => {
  store = new InMemoryIdempotencyStore();
  clock = fixedClock();
  runs = [];
  nextOutcome = undefined;
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});
afterEach(() => {
  vi.restoreAllMocks();
});

function post(
  handler: ReturnType<typeof route>,
  options: { key?: string; body?: unknown; sub?: string; path?: string; context?: Partial<Context> } = {},
) {
  const event = apiEvent({
    method: "POST",
    path: options.path ?? "/things",
    body: options.body ?? { name: "first" },
    ...(options.sub ? { sub: options.sub } : {}),
    headers: options.key === undefined ? {} : { "Idempotency-Key": options.key },
  });
  if (!options.context) return invoke(handler, event);
  return handler(event, options.context as Context).then((r) => ({
    statusCode: r.statusCode ?? 200,
    headers: Object.fromEntries(
      Object.entries(r.headers ?? {}).map(([k, v]) => [k.toLowerCase(), String(v)]),
    ),
    text: r.body,
    json: r.body === undefined ? undefined : JSON.parse(r.body),
  }));
}

describe("a route that takes an Idempotency-Key", () => {
  it("runs every request that has no key, and keeps nothing", async () => {
    const handler = route();
    await post(handler);
    await post(handler);
    expect(runs).toHaveLength(2);
    expect(runs[0]?.reservedId).toBeUndefined();
    expect(store.records.size).toBe(0);
  });

  it("answers a retry with the same key and body with the first answer, and runs once", async () => {
    const handler = route();
    const first = await post(handler, { key: "order-1" });
    clock.advance(60_000);
    const retry = await post(handler, { key: "order-1" });

    expect(runs).toHaveLength(1);
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.text).toBe(first.text);
    expect(retry.headers.location).toBe(first.headers.location);
    expect(retry.headers[REPLAYED_HEADER]).toBe("true");
    expect(first.headers[REPLAYED_HEADER]).toBeUndefined();
    // The reserved id is what the creation got.
    expect((first.json as { id: string }).id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
  });

  it("reserves no id for a route that creates nothing, and still answers a retry with the first answer", async () => {
    const handler = route({ reserves: false });
    const first = await post(handler, { key: "edit-1" });
    const retry = await post(handler, { key: "edit-1" });

    expect(runs).toHaveLength(1);
    expect(runs[0]?.reservedId).toBeUndefined();
    expect([...store.records.values()].map((r) => "reservedId" in r)).toEqual([false]);
    expect(retry.text).toBe(first.text);
    expect(retry.headers[REPLAYED_HEADER]).toBe("true");
  });

  it("answers 422 idempotency_key_reused for the same key with another body or on another path", async () => {
    const handler = route();
    await post(handler, { key: "order-1" });
    const otherBody = await post(handler, { key: "order-1", body: { name: "second" } });
    const otherPath = await post(handler, { key: "order-1", path: "/things/else" });

    for (const res of [otherBody, otherPath]) {
      expect(res.statusCode).toBe(422);
      expect(errorOf(res).code).toBe("idempotency_key_reused");
    }
    expect(runs).toHaveLength(1);
  });

  it("keeps keys per owner: another caller's same key is another request", async () => {
    const handler = route();
    await post(handler, { key: "order-1" });
    const other = await post(handler, { key: "order-1", sub: "user-2", body: { name: "second" } });
    expect(other.statusCode).toBe(201);
    expect(runs.map((r) => r.owner)).toEqual(["user-1", "user-2"]);
  });

  it("answers 409 idempotency_in_progress with Retry-After while the first is still running", async () => {
    const handler = route();
    let finish: () => void = () => undefined;
    nextOutcome = () => new Promise<never>((_, reject) => (finish = () => reject(new Error("late"))));
    const first = post(handler, { key: "order-1" });
    await vi.waitFor(() => expect(runs).toHaveLength(1));

    const retry = await post(handler, { key: "order-1" });
    expect(retry.statusCode).toBe(409);
    expect(errorOf(retry).code).toBe("idempotency_in_progress");
    expect(Number(retry.headers["retry-after"])).toBeGreaterThan(0);
    // Soon: most first requests answer within a second or two, not at the 30 s an attempt takes to die.
    expect(Number(retry.headers["retry-after"])).toBeLessThanOrEqual(IN_PROGRESS_RETRY_SECONDS);
    expect(runs).toHaveLength(1);
    finish();
    expect((await first).statusCode).toBe(500);
  });

  it("re-runs a retry after a 5xx, with the same reserved id, and keeps the answer that follows", async () => {
    const handler = route();
    nextOutcome = async () => {
      throw new DependencyUnavailableError("The interview store");
    };
    const failed = await post(handler, { key: "order-1" });
    expect(failed.statusCode).toBe(503);
    expect(store.find("user-1", "order-1")?.state).toBe("failed");

    const retry = await post(handler, { key: "order-1" });
    const again = await post(handler, { key: "order-1" });

    expect(retry.statusCode).toBe(201);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.reservedId).toBe(runs[0]?.reservedId);
    expect(again.text).toBe(retry.text);
  });

  it("re-runs an attempt that died (stale in progress) with the same reserved id", async () => {
    const handler = route();
    nextOutcome = () => new Promise<never>(() => undefined); // never answers, like a killed function
    void post(handler, { key: "order-1" });
    await vi.waitFor(() => expect(runs).toHaveLength(1));

    clock.advance(STALE_ATTEMPT_MS - 1_000);
    expect((await post(handler, { key: "order-1" })).statusCode).toBe(409);
    clock.advance(1_000);
    const retry = await post(handler, { key: "order-1" });

    expect(retry.statusCode).toBe(201);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.reservedId).toBe(runs[0]?.reservedId);
  });

  it("skips the release when the function has no time left, so the key goes stale instead", async () => {
    const handler = route();
    nextOutcome = async () => {
      throw new DependencyUnavailableError("The interview store");
    };
    const failed = await post(handler, {
      key: "order-1",
      context: { getRemainingTimeInMillis: () => 1_000 },
    });
    expect(failed.statusCode).toBe(503);
    expect(store.calls.release).toBe(0);
    expect((await post(handler, { key: "order-1" })).statusCode).toBe(409);
  });

  it("keeps a final 4xx answer, but not a conflict that depends on the moment", async () => {
    const handler = route();
    nextOutcome = async () => {
      throw new NotFoundError("Thing");
    };
    const missing = await post(handler, { key: "a" });
    const replay = await post(handler, { key: "a" });
    expect(missing.statusCode).toBe(404);
    expect(replay.text).toBe(missing.text);
    expect(replay.headers[REPLAYED_HEADER]).toBe("true");
    expect(runs).toHaveLength(1);

    nextOutcome = async () => {
      throw new ConflictError("version_conflict", "changed meanwhile");
    };
    expect((await post(handler, { key: "b" })).statusCode).toBe(409);
    expect((await post(handler, { key: "b" })).statusCode).toBe(201);
    expect(runs).toHaveLength(3);
  });

  it("does not keep a 412: a retry with the same key runs again, so a client that reloaded is not stuck with it", async () => {
    const handler = route();
    nextOutcome = async () => {
      throw new PreconditionFailedError('"v4"');
    };
    const stale = await post(handler, { key: "a" });
    const retry = await post(handler, { key: "a" });

    expect(stale.statusCode).toBe(412);
    expect(retry.statusCode).toBe(201);
    expect(retry.headers[REPLAYED_HEADER]).toBeUndefined();
    expect(runs).toHaveLength(2);
  });

  it("keeps a validation failure of the body as the answer to that key", async () => {
    const handler = route();
    const bad = await post(handler, { key: "a", body: { name: 7 } });
    const replay = await post(handler, { key: "a", body: { name: 7 } });
    expect(bad.statusCode).toBe(400);
    expect(replay.text).toBe(bad.text);
    expect(runs).toHaveLength(0);
  });

  it("forgets a key after a day: the same key then starts a new request", async () => {
    const handler = route();
    await post(handler, { key: "order-1" });
    clock.advance(IDEMPOTENCY_KEEP_MS + 1_000);
    const later = await post(handler, { key: "order-1", body: { name: "second" } });
    expect(later.statusCode).toBe(201);
    expect(runs).toHaveLength(2);
    expect(runs[1]?.reservedId).not.toBe(runs[0]?.reservedId);
  });

  it.each([
    ["empty", ""],
    ["too long", "k".repeat(256)],
    ["not ASCII", "clé-1"],
    ["a control character", "key\u0007"],
  ])("answers 400 naming the header for a key that is %s, and keeps nothing", async (_, key) => {
    const handler = route();
    const res = await post(handler, { key });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "Idempotency-Key", problem: expect.any(String) }]);
    expect(runs).toHaveLength(0);
    expect(store.calls.reserve).toBe(0);
  });

  it("accepts a 255-character key", async () => {
    const res = await post(route(), { key: "k".repeat(255) });
    expect(res.statusCode).toBe(201);
  });

  it("answers 503 with Retry-After and runs nothing when the key store is down", async () => {
    store.failWith = new DependencyUnavailableError("The idempotency store");
    const res = await post(route(), { key: "order-1" });
    expect(res.statusCode).toBe(503);
    expect(res.headers["retry-after"]).toBeDefined();
    expect(runs).toHaveLength(0);
  });

  it("answers the request when the key store fails after it ran, and a later retry runs again", async () => {
    const handler = route();
    const original = store.complete.bind(store);
    store.complete = async () => {
      throw new DependencyUnavailableError("The idempotency store");
    };
    const first = await post(handler, { key: "order-1" });
    expect(first.statusCode).toBe(201);
    store.complete = original;
    clock.advance(STALE_ATTEMPT_MS);
    await post(handler, { key: "order-1" });
    expect(runs[1]?.reservedId).toBe(runs[0]?.reservedId);
  });
});
