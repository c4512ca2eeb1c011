import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { interviewBody } from "../support/interview-body.js";
import { startHarness } from "../support/local-stack-harness.js";

type Harness = Awaited<ReturnType<typeof startHarness>>;
let h: Harness;
let sam: string;

beforeAll(async () => {
  h = await startHarness();
  sam = await h.token("sam");
});
afterAll(async () => {
  await h?.close();
});

async function registered(): Promise<{ id: string; etag: string }> {
  const res = await h.api("POST", "/interviews", { token: sam, body: interviewBody(h.stack.clock.now()) });
  expect(res.status).toBe(201);
  return { id: res.json.id, etag: res.headers.get("etag") ?? "" };
}

const edit = (id: string, notes: string, headers: Record<string, string> = {}) =>
  h.api("PATCH", `/interviews/${id}`, { token: sam, body: { notes }, headers });
const etagNow = async (id: string) =>
  (await h.api("GET", `/interviews/${id}`, { token: sam })).headers.get("etag") ?? "";

describe("If-Match through the local gateway", () => {
  it("passes the ETag and If-Match through: an edit from a stale copy answers 412 and changes nothing", async () => {
    const { id, etag } = await registered();
    expect(etag).toMatch(/^"v\d+"$/);
    const other = await edit(id, "from the CLI", { "if-match": etag });
    expect(other.status).toBe(200);

    const stale = await edit(id, "from an old form", { "if-match": etag });

    expect(stale.status).toBe(412);
    expect(stale.json.error).toMatchObject({ code: "precondition_failed", etag: other.headers.get("etag") });
    expect((await h.api("GET", `/interviews/${id}`, { token: sam })).json.notes).toBe("from the CLI");
  });

  it("replays a retried edit with the first answer and its tag, not a 412 against its own write", async () => {
    const { id, etag } = await registered();
    const headers = { "if-match": etag, "idempotency-key": `edit-${id}` };

    const first = await edit(id, "once", headers);
    const retry = await edit(id, "once", headers);

    expect(first.status).toBe(200);
    expect(retry.status).toBe(200);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(retry.headers.get("etag")).toBe(first.headers.get("etag"));
  });

  it("runs an edit again after its 412 once the client sends the fresh tag with the same Idempotency-Key", async () => {
    const { id, etag } = await registered();
    await edit(id, "meanwhile");
    const key = `edit-again-${id}`;

    const refused = await edit(id, "mine", { "if-match": etag, "idempotency-key": key });
    const again = await edit(id, "mine", { "if-match": await etagNow(id), "idempotency-key": key });

    expect(refused.status).toBe(412);
    expect(again.status).toBe(200);
    expect(again.headers.get("idempotent-replayed")).toBeNull();
  });
});
