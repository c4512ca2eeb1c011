import type { InterviewStore } from "../ports/interview-store.js";
import { type InterviewTable, readInterviewItem } from "./interview-table.js";
import { fromItem } from "./stored-interview-item.js";

/** `InterviewStore.get` on the table: one consistent GetItem. */
export const dynamoGetInterview =
  (table: InterviewTable): InterviewStore["get"] =>
  async (id) => {
    const item = await readInterviewItem(table, id);
    return item ? fromItem(item) : undefined;
  };
