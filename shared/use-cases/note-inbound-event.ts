import { withEvent } from "../domain/with-event.js";
import type { InterviewStore } from "../ports/interview-store.js";
import { mutateInterview } from "./mutate-interview.js";

/** Puts one inbound event on an interview's timeline, and changes nothing else. */
export async function noteInboundEvent(
  store: Pick<InterviewStore, "get" | "replace">,
  id: string,
  event: { at: string; type: string; detail: string },
): Promise<void> {
  await mutateInterview(store, id, undefined, (current) => withEvent(current, event));
}
