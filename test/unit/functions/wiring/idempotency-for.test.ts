import { describe, expect, it } from "vitest";
import { idempotencyFor } from "../../../../functions/wiring/idempotency-for.js";
import { DynamoIdempotencyStore } from "../../../../shared/adapters/dynamo-idempotency-store.js";
import { ENTRIES, HTTP_ENTRIES } from "../../../../shared/entries/entry-catalogue.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";

const config = { tableName: HANDLER_ENV.TABLE_NAME };

describe("idempotencyFor", () => {
  it("gives a route the catalogue marks the key store on the table", () => {
    expect(idempotencyFor(ENTRIES.createInterview, config)?.store).toBeInstanceOf(DynamoIdempotencyStore);
    expect(idempotencyFor(ENTRIES.stopInterview, config)).toBeDefined();
  });

  it("gives nothing to a route the catalogue does not mark, so the header is ignored there", () => {
    expect(idempotencyFor(ENTRIES.deleteInterview, config)).toBeUndefined();
    const unmarked = HTTP_ENTRIES.filter((r) => !r.idempotencyKey);
    expect(unmarked.length).toBeGreaterThan(0);
    for (const route of unmarked) expect(idempotencyFor(route, config)).toBeUndefined();
  });
});
