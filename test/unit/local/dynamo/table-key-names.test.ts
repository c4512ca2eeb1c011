import { describe, expect, it } from "vitest";
import { TableKeyNames } from "../../../../local/dynamo/table-key-names.js";
import { fakeDescribeTableClient as describer } from "../../../support/fake-describe-table-client.js";

const schema = [
  { AttributeName: "sk", KeyType: "RANGE" as const },
  { AttributeName: "pk", KeyType: "HASH" as const },
];

describe("TableKeyNames", () => {
  it("learns a table's key names once, hash first, and answers undefined until then", async () => {
    const d = describer({ t: schema });
    const names = new TableKeyNames(d.client);
    expect(names.get("t")).toBeUndefined();
    expect(names.get("t")).toBeUndefined();
    await d.answer();
    expect(names.get("t")).toEqual(["pk", "sk"]);
    expect(names.get("t")).toEqual(["pk", "sk"]);
    expect(d.calls).toEqual(["t"]);
  });

  it("does not keep names learnt across a change of the table, nor answer while one runs", async () => {
    const d = describer({ t: schema });
    const names = new TableKeyNames(d.client);
    names.get("t");
    names.changeStarted("t");
    await d.answer();
    expect(names.get("t")).toBeUndefined();
    names.changeEnded("t");
    expect(names.get("t")).toBeUndefined();
    await d.answer();
    expect(names.get("t")).toEqual(["pk", "sk"]);
  });

  it("keeps a table that does not exist unknown and asks again later", async () => {
    const d = describer({});
    const names = new TableKeyNames(d.client);
    names.get("gone");
    await d.answer();
    expect(names.get("gone")).toBeUndefined();
    await d.answer();
    expect(d.calls).toEqual(["gone", "gone"]);
  });
});
