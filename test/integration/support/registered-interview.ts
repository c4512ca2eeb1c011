import { expect } from "vitest";
import type { DynamoInterviewStore } from "../../../shared/adapters/dynamo-interview-store.js";
import type { Interview } from "../../../shared/domain/interview.js";
import { interviewInput } from "../../support/interview-input.js";
import type { startHarness } from "./local-stack-harness.js";

/** An interview registered through the local API for `subject`, as the table now holds it. */
export async function registeredInterview(
  harness: Awaited<ReturnType<typeof startHarness>>,
  store: DynamoInterviewStore,
  subject: string,
): Promise<Interview> {
  const token = await harness.token(subject);
  const created = await harness.api("POST", "/interviews", { token, body: interviewInput() });
  expect(created.status).toBe(201);
  const stored = await store.get(created.json.id);
  if (!stored) throw new Error("the created interview is not in the table");
  return stored;
}
