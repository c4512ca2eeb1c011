import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ERROR_CODE_NAMES } from "../../../../shared/errors/error-codes.js";
import { errorCodeTable } from "../../../../shared/http/error-code-table.js";

const README = readFileSync(new URL("../../../../README.md", import.meta.url), "utf8");

describe("the README's table of error codes", () => {
  it("is the catalogue's, row for row (paste the printed table into the README if not)", () => {
    const table = errorCodeTable();
    if (!README.includes(table)) console.error(`README.md should show:\n\n${table}\n`);
    expect(README).toContain(table);
  });

  it("has one row per code, each naming its status", () => {
    const rows = errorCodeTable().split("\n").slice(2);
    expect(rows.map((row) => /^\| `([a-z_]+)` \| (\d{3})/.exec(row)?.[1])).toEqual(
      expect.arrayContaining([...ERROR_CODE_NAMES]),
    );
    expect(rows).toHaveLength(ERROR_CODE_NAMES.length);
  });
});
