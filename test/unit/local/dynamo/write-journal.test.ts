import { appendFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { WriteJournal } from "../../../../local/dynamo/write-journal.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "write-journal-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("WriteJournal", () => {
  it("gives back, on reopening, every entry appended, in order", () => {
    const file = join(dir, "j");
    const { journal, entries } = WriteJournal.open(file);
    expect(entries).toEqual([]);
    journal.append("CreateTable", '{"TableName":"t"}');
    journal.append("PutItem", '{"TableName":"t","Item":{"pk":{"S":"a\\nb"}}}');
    journal.append("DeleteItem", '{"TableName":"t"}');
    journal.close();

    const again = WriteJournal.open(file);
    expect(again.entries.map((e) => e.op)).toEqual(["CreateTable", "PutItem", "DeleteItem"]);
    expect(again.entries[1]?.body).toBe('{"TableName":"t","Item":{"pk":{"S":"a\\nb"}}}');
    expect(again.journal.size).toBe(readFileSync(file).length);
    again.journal.close();
  });

  it("ignores a torn last line (the process died mid-append): that request was never answered", () => {
    const file = join(dir, "j");
    const { journal } = WriteJournal.open(file);
    journal.append("PutItem", '{"n":1}');
    journal.close();
    appendFileSync(file, '{"op":"PutItem","body":"{\\"n\\":');

    const { journal: reopened, entries } = WriteJournal.open(file);
    expect(entries).toEqual([{ op: "PutItem", body: '{"n":1}' }]);
    reopened.close();
  });

  it("replaces its whole content by a snapshot, and appends after it", () => {
    const file = join(dir, "j");
    const { journal } = WriteJournal.open(file);
    for (let i = 0; i < 5; i++) journal.append("PutItem", `{"n":${i}}`);
    journal.replaceWith([{ op: "PutItem", body: '{"n":4}' }]);
    journal.append("PutItem", '{"n":5}');
    journal.close();

    const { journal: reopened, entries } = WriteJournal.open(file);
    expect(entries.map((e) => e.body)).toEqual(['{"n":4}', '{"n":5}']);
    reopened.close();
  });
});
