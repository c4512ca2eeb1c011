import { describe, expect, it } from "vitest";
import { idempotencyFor } from "../../../../functions/http/idempotency-for.js";
import { DynamoIdempotencyStore } from "../../../../shared/adapters/dynamo-idempotency-store.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";

const env = { ...HANDLER_ENV };

describe("idempotencyFor", () => {
  it("gives a route the route table marks the key store on the table", () => {
    expect(idempotencyFor("POST /interviews", env)?.store).toBeInstanceOf(DynamoIdempotencyStore);
    expect(idempotencyFor("POST /interviews/{id}/stop", env)).toBeDefined();
  });

  it("gives nothing to a route the table does not mark, so the header is ignored there", () => {
    expect(idempotencyFor("DELETE /interviews/{id}", env)).toBeUndefined();
  });

  it("fails at cold start for a route the table does not have", () => {
    expect(() => idempotencyFor("POST /interview", env)).toThrow(/No route POST \/interview in API_ROUTES/);
  });
});
