import * as z from "zod/mini";
import { nonEmpty } from "./parse-config.js";

export const tableConfigShape = { TABLE_NAME: nonEmpty };
export const tableConfigSchema = z.object(tableConfigShape);
export type TableConfig = z.infer<typeof tableConfigSchema>;
