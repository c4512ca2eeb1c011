import { describe, expect, it } from "vitest";
import { OrderedDispatch } from "../../../../local/dynamo/ordered-dispatch.js";
import { TableKeyNames } from "../../../../local/dynamo/table-key-names.js";
import { fakeDescribeTableClient } from "../../../support/fake-describe-table-client.js";

const settle = async () => {
  for (let i = 0; i < 20; i++) await Promise.resolve();
};

const put = (pk: string) => ({ TableName: "t", Item: { pk: { S: pk }, sk: { S: "ITEM" } } });

/** Starts a request whose work only records that it started and ends when `end` is called. */
function start(dispatch: OrderedDispatch, operation: string, body: unknown) {
  const state = { started: false };
  let end: () => void = () => {};
  const done = dispatch.run(operation, body, async () => {
    state.started = true;
    await new Promise<void>((ok) => {
      end = ok;
    });
  });
  return {
    state,
    end: async () => {
      end();
      await done;
      await settle();
    },
  };
}

describe("OrderedDispatch", () => {
  it("orders by table until the key names are known, then by item, asking for them once", async () => {
    const fake = fakeDescribeTableClient({
      t: [
        { AttributeName: "pk", KeyType: "HASH" },
        { AttributeName: "sk", KeyType: "RANGE" },
      ],
    });
    const dispatch = new OrderedDispatch(new TableKeyNames(fake.client));
    const a = start(dispatch, "PutItem", put("a"));
    const b = start(dispatch, "PutItem", put("b"));
    await settle();
    expect([a.state.started, b.state.started]).toEqual([true, false]);
    await fake.answer();
    await a.end();
    await b.end();

    const c = start(dispatch, "PutItem", put("c"));
    const d = start(dispatch, "UpdateItem", { TableName: "t", Key: put("d").Item });
    const c2 = start(dispatch, "GetItem", { TableName: "t", Key: put("c").Item });
    await settle();
    expect([c.state.started, d.state.started, c2.state.started]).toEqual([true, true, false]);
    await c.end();
    expect(c2.state.started).toBe(true);
    await Promise.all([d.end(), c2.end()]);
    expect(fake.calls).toEqual(["t"]);
    expect(dispatch.busyTables).toBe(0);
  });

  it("forgets the key names when the table is deleted or created, not when a write claims the table", async () => {
    const fake = fakeDescribeTableClient({ t: [{ AttributeName: "pk", KeyType: "HASH" }] });
    const dispatch = new OrderedDispatch(new TableKeyNames(fake.client));
    await start(dispatch, "GetItem", { TableName: "t", Key: { pk: { S: "x" } } }).end();
    await fake.answer();
    // A write whose key is not understood claims the whole table; the names stay known.
    await start(dispatch, "PutItem", { TableName: "t", Item: { pk: { N: "1" } } }).end();
    const e = start(dispatch, "PutItem", { TableName: "t", Item: { pk: { S: "e" } } });
    const f = start(dispatch, "PutItem", { TableName: "t", Item: { pk: { S: "f" } } });
    await settle();
    expect([e.state.started, f.state.started]).toEqual([true, true]);
    await Promise.all([e.end(), f.end()]);
    expect(fake.calls).toEqual(["t"]);

    await start(dispatch, "DeleteTable", { TableName: "t" }).end();
    const g = start(dispatch, "PutItem", { TableName: "t", Item: { pk: { S: "g" } } });
    const h = start(dispatch, "PutItem", { TableName: "t", Item: { pk: { S: "h" } } });
    await settle();
    expect([g.state.started, h.state.started]).toEqual([true, false]);
    expect(fake.calls).toEqual(["t", "t"]);
    await g.end();
    await h.end();
  });
});
