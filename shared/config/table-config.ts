import * as z from "zod/mini";
import { nonEmpty } from "./parse-config.js";

export const tableConfigShape = () => ({ TABLE_NAME: nonEmpty });
export const tableConfigSchema = /* @__PURE__ */ z.lazy(() => z.object(tableConfigShape()));

/** The table, by meaning: what the wiring reads once the variables are parsed. */
export interface TableConfig {
  tableName: string;
}
export const readTableConfig = (c: z.infer<typeof tableConfigSchema>): TableConfig => ({
  tableName: c.TABLE_NAME,
});
