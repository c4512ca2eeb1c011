import { describe, expect, it } from "vitest";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const create = (await import("../../../../functions/http/create-interview.js")).handler;
const read = (await import("../../../../functions/http/get-interview.js")).handler;
const update = (await import("../../../../functions/http/update-interview.js")).handler;
const stopHandler = (await import("../../../../functions/http/stop-interview.js")).handler;
const snoozeHandler = (await import("../../../../functions/http/snooze-interview.js")).handler;
const remove = (await import("../../../../functions/http/delete-interview.js")).handler;

const ETAG = /^"v\d+"$/;

async function created() {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  return { id: (res.json as { id: string }).id, res };
}

const get = (id: string) => invoke(read, apiEvent({ path: `/interviews/${id}`, pathParameters: { id } }));
const etagNow = async (id: string) => (await get(id)).headers.etag ?? "";

type Headers = Record<string, string>;
const patch = (id: string, body: unknown, headers: Headers = {}) =>
  invoke(
    update,
    apiEvent({ method: "PATCH", path: `/interviews/${id}`, pathParameters: { id }, body, headers }),
  );
const stop = (id: string, headers: Headers = {}) =>
  invoke(
    stopHandler,
    apiEvent({
      method: "POST",
      path: `/interviews/${id}/stop`,
      pathParameters: { id },
      body: { reason: "offer" },
      headers,
    }),
  );
const snooze = (id: string, headers: Headers = {}) =>
  invoke(
    snoozeHandler,
    apiEvent({ method: "POST", path: `/interviews/${id}/snooze`, pathParameters: { id }, headers }),
  );
const del = (id: string, headers: Headers = {}) =>
  invoke(remove, apiEvent({ method: "DELETE", path: `/interviews/${id}`, pathParameters: { id }, headers }));

describe("ETag on every answer that shows an interview", () => {
  it("GET gives a strong tag, the same until the interview changes", async () => {
    const { id, res } = await created();

    const first = await get(id);

    expect(first.headers.etag).toMatch(ETAG);
    expect(res.headers.etag).toBe(first.headers.etag);
    expect((await get(id)).headers.etag).toBe(first.headers.etag);
  });

  it("PATCH, stop and snooze answer the tag of the interview they show, which GET then gives", async () => {
    const { id } = await created();
    const before = await etagNow(id);

    const patched = await patch(id, { notes: "new" });
    expect(patched.headers.etag).toMatch(ETAG);
    expect(patched.headers.etag).not.toBe(before);
    expect(await etagNow(id)).toBe(patched.headers.etag);

    const snoozed = await snooze(id);
    expect(snoozed.statusCode).toBe(200);
    expect(await etagNow(id)).toBe(snoozed.headers.etag);

    const stopped = await stop(id);
    expect(stopped.statusCode).toBe(200);
    expect(await etagNow(id)).toBe(stopped.headers.etag);
  });
});

describe("If-Match on the writes", () => {
  it("applies a PATCH whose If-Match is the current tag, or `*`", async () => {
    const { id } = await created();

    const matching = await patch(id, { notes: "one" }, { "If-Match": await etagNow(id) });
    const any = await patch(id, { notes: "two" }, { "if-match": "*" });

    expect(matching.statusCode).toBe(200);
    expect(any.statusCode).toBe(200);
  });

  it.each([
    ["PATCH", (id: string, h: Headers) => patch(id, { notes: "stale" }, h)],
    ["stop", stop],
    ["snooze", snooze],
    ["DELETE", del],
  ])(
    "answers %s from a stale copy 412 precondition_failed naming the current tag, and changes nothing",
    async (_, write) => {
      const { id } = await created();
      const stale = await etagNow(id);
      await patch(id, { notes: "meanwhile, from the CLI" });
      const current = await etagNow(id);
      const stored = structuredClone([...testEnv.table.items.values()]);

      const res = await write(id, { "If-Match": stale });

      expect(res.statusCode).toBe(412);
      expect(errorOf(res)).toMatchObject({ code: "precondition_failed", etag: current });
      expect([...testEnv.table.items.values()]).toEqual(stored);
    },
  );

  it("answers a weak tag 412 even for the current version, since If-Match compares strongly", async () => {
    const { id } = await created();

    const res = await patch(id, { notes: "x" }, { "If-Match": `W/${await etagNow(id)}` });

    expect(res.statusCode).toBe(412);
  });

  it("answers a malformed If-Match 400 naming the header, and changes nothing", async () => {
    const { id } = await created();
    const stored = structuredClone([...testEnv.table.items.values()]);

    const res = await del(id, { "If-Match": "v1" });

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "If-Match", problem: expect.any(String) }]);
    expect([...testEnv.table.items.values()]).toEqual(stored);
  });
});
