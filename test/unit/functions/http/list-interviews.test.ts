import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const { ddb } = httpHandlerTestEnv();
const { handler } = await import("../../../../functions/http/list-interviews.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

async function register(company: string, sub = "user-1"): Promise<string> {
  const res = await invoke(
    create,
    apiEvent({ method: "POST", path: "/interviews", body: interviewInput({ company }), sub }),
  );
  return (res.json as { id: string }).id;
}

const list = (query?: Record<string, string>, sub: string | null = "user-1") =>
  invoke(handler, apiEvent({ path: "/interviews", ...(query ? { query } : {}), sub }));

interface Page {
  items: { id: string }[];
  nextCursor: string | null;
}

describe("GET /interviews", () => {
  it("answers the caller's interviews, newest first, with a null cursor on the last page", async () => {
    const a = await register("Alpha");
    const b = await register("Beta");
    await register("Gamma", "user-2");

    const res = await list();

    expect(res.statusCode).toBe(200);
    const page = res.json as Page;
    expect(page.items.map((i) => i.id)).toEqual([b, a]);
    expect(page.items.every((i) => interviewViewSchema.safeParse(i).success)).toBe(true);
    expect(page.nextCursor).toBeNull();
  });

  it("pages with nextCursor", async () => {
    const a = await register("Alpha");
    const b = await register("Beta");

    const first = (await list({ limit: "1" })).json as Page;
    const second = (await list({ limit: "1", cursor: first.nextCursor ?? "" })).json as Page;

    expect(first.items.map((i) => i.id)).toEqual([b]);
    expect(second.items.map((i) => i.id)).toEqual([a]);
  });

  it("answers 400 for another owner's cursor", async () => {
    await register("Alpha");
    await register("Beta");
    const first = (await list({ limit: "1" })).json as Page;

    const res = await list({ limit: "1", cursor: first.nextCursor ?? "" }, "user-2");

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "cursor", problem: "is not a cursor this API gave out" }]);
  });

  it.each([
    [{ limit: "0" }, "limit"],
    [{ limit: "many" }, "limit"],
    [{ limit: "101" }, "limit"],
    [{ status: "lost" }, "status"],
    [{ sort: "asc" }, "sort"],
    // `?cursor=` (a client that sends the last page's null cursor as nothing) read the first page again:
    // a loop over pages never ended
    [{ cursor: "" }, "cursor"],
  ])("answers 400 for the query %o naming %s, without reading the table", async (query, field) => {
    const res = await list(query);

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues?.map((i) => i.field)).toEqual([field]);
    expect(ddb.commandCalls(QueryCommand)).toHaveLength(0);
  });
});
