import * as z from "zod/mini";
import { nonEmpty, plainNonEmptyOf } from "./parse-config.js";

export const tableConfigShape = () => ({ TABLE_NAME: nonEmpty() });
export const tableConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(tableConfigShape()));

/** The table, by meaning: what the wiring reads once the variables are parsed. */
export interface TableConfig {
  tableName: string;
}
export const readTableConfig = (c: z.infer<typeof tableConfigSchema>): TableConfig => ({
  tableName: c.TABLE_NAME,
});

/** The table's variable as its schema gives it, read without zod (plain-pieces.ts). */
export function plainTableConfig(
  env: Record<string, string | undefined>,
): { TABLE_NAME: string } | undefined {
  return plainNonEmptyOf(env, ["TABLE_NAME"]);
}
