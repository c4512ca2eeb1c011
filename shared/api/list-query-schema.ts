import { z } from "zod";

/** Query of GET /interviews. Kept apart from the interview schema so listing does not load holiday data. */
export const listQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(2000).optional(),
  status: z.enum(["active", "replied", "stopped", "completed", "superseded"]).optional(),
});
