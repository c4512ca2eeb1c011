import { describe, expect, it, vi } from "vitest";
import { idempotencyFor } from "../../../../functions/wiring/idempotency-for.js";
import { DynamoIdempotencyStore } from "../../../../shared/adapters/dynamo-idempotency-store.js";
import { ENTRIES, HTTP_ENTRIES } from "../../../../shared/entries/entry-catalogue.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";

const built = vi.hoisted(() => ({ clients: 0 }));
vi.mock("../../../../functions/clients/dynamo-document-client.js", async (original) => {
  const real = await original<typeof import("../../../../functions/clients/dynamo-document-client.js")>();
  return {
    dynamoDocumentClient: () => {
      built.clients += 1;
      return real.dynamoDocumentClient();
    },
  };
});

const config = () => ({ tableName: HANDLER_ENV.TABLE_NAME });

describe("idempotencyFor", () => {
  it("gives a route the catalogue marks the key store on the table", () => {
    expect(idempotencyFor(ENTRIES.createInterview, config)?.store).toBeInstanceOf(DynamoIdempotencyStore);
    expect(idempotencyFor(ENTRIES.stopInterview, config)).toBeDefined();
  });

  it("builds the store's client on first use, not when the handler module loads", () => {
    const before = built.clients;
    const guard = idempotencyFor(ENTRIES.snoozeInterview, config);
    expect(guard).toBeDefined();
    expect(built.clients).toBe(before);
    expect(guard?.store).toBeInstanceOf(DynamoIdempotencyStore);
    expect(guard?.store).toBe(guard?.store);
    expect(built.clients).toBe(before + 1);
  });

  it("gives nothing to a route the catalogue does not mark, so the header is ignored there", () => {
    expect(idempotencyFor(ENTRIES.deleteInterview, config)).toBeUndefined();
    const unmarked = HTTP_ENTRIES.filter((r) => !r.idempotencyKey);
    expect(unmarked.length).toBeGreaterThan(0);
    for (const route of unmarked) expect(idempotencyFor(route, config)).toBeUndefined();
  });
});
