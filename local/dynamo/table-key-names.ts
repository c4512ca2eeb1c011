import { DescribeTableCommand, type DynamoDBClient } from "@aws-sdk/client-dynamodb";

/**
 * The key attribute names of each table, learnt from DescribeTable on first use. Until a table's names are
 * known, or while a CreateTable/DeleteTable/UpdateTable of it is under way, `get` answers undefined and
 * callers fall back to claiming the whole table, which is always safe.
 */
export class TableKeyNames {
  private readonly known = new Map<string, readonly string[]>();
  private readonly lookups = new Set<string>();
  /** Table changes under way, by table; a lookup that started before one must not fill the cache. */
  private readonly changing = new Map<string, number>();
  private readonly generation = new Map<string, number>();

  constructor(private readonly client: DynamoDBClient) {}

  get(table: string): readonly string[] | undefined {
    if (this.changing.has(table)) return undefined;
    const names = this.known.get(table);
    if (!names) this.lookUp(table);
    return names;
  }

  /** Call when a request that changes the table arrives (synchronously, before it waits its turn). */
  changeStarted(table: string): void {
    this.changing.set(table, (this.changing.get(table) ?? 0) + 1);
    this.generation.set(table, (this.generation.get(table) ?? 0) + 1);
    this.known.delete(table);
  }

  changeEnded(table: string): void {
    const left = (this.changing.get(table) ?? 1) - 1;
    if (left > 0) this.changing.set(table, left);
    else this.changing.delete(table);
    this.known.delete(table);
  }

  private lookUp(table: string): void {
    if (this.lookups.has(table)) return;
    this.lookups.add(table);
    const generation = this.generation.get(table) ?? 0;
    this.client
      .send(new DescribeTableCommand({ TableName: table }))
      .then((out) => {
        const schema = out.Table?.KeySchema ?? [];
        const hash = schema.filter((k) => k.KeyType === "HASH");
        const range = schema.filter((k) => k.KeyType === "RANGE");
        const names = [...hash, ...range].map((k) => k.AttributeName).filter((n) => typeof n === "string");
        const current = (this.generation.get(table) ?? 0) === generation && !this.changing.has(table);
        if (current && names.length > 0) this.known.set(table, names);
      })
      // A table that does not exist (yet) stays unknown: its requests claim the whole table.
      .catch(() => {})
      .finally(() => this.lookups.delete(table));
  }
}
