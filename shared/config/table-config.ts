import { z } from "zod";
import { nonEmpty } from "./parse-config.js";

export const tableConfigSchema = z.object({ TABLE_NAME: nonEmpty });
export type TableConfig = z.infer<typeof tableConfigSchema>;
