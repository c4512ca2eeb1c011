import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { interviewViewSchema } from "../../../../shared/api/interview-view-schema.js";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const { ddb } = httpHandlerTestEnv();
const { handler } = await import("../../../../functions/http/get-interview.js");
const create = (await import("../../../../functions/http/create-interview.js")).handler;

async function createdId(): Promise<string> {
  const res = await invoke(create, apiEvent({ method: "POST", path: "/interviews", body: interviewInput() }));
  return (res.json as { id: string }).id;
}

const get = (id: string, sub: string | null = "user-1") =>
  invoke(handler, apiEvent({ path: `/interviews/${id}`, pathParameters: { id }, sub }));

describe("GET /interviews/{id}", () => {
  it("answers 200 with the owner's interview in the documented shape", async () => {
    const id = await createdId();

    const res = await get(id);

    expect(res.statusCode).toBe(200);
    expect(interviewViewSchema.parse(res.json).id).toBe(id);
  });

  it("answers 404 for another owner's interview, with the same body as for a missing one", async () => {
    const id = await createdId();

    const other = await get(id, "user-2");
    const missing = await get("01KZZZZZZZZZZZZZZZZZZZZZZZ", "user-2");

    expect(other.statusCode).toBe(404);
    expect(errorOf(other).code).toBe("not_found");
    expect(other.json).toEqual(missing.json);
  });

  it("answers 404 for a malformed id without reading the table", async () => {
    const res = await get("nope%00");

    expect(res.statusCode).toBe(404);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("answers 400 naming a query parameter it does not take, without reading the table", async () => {
    const id = await createdId();
    ddb.resetHistory();

    const res = await invoke(
      handler,
      apiEvent({ path: `/interviews/${id}`, pathParameters: { id }, query: { view: "full" } }),
    );

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "view", problem: "is not a known field" }]);
    expect(ddb.commandCalls(GetCommand)).toHaveLength(0);
  });

  it("answers 401 without a subject", async () => {
    const res = await get("01KZZZZZZZZZZZZZZZZZZZZZZZ", null);
    expect(res.statusCode).toBe(401);
  });
});
