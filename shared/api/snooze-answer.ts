import { nextSendAt } from "../domain/next-send-at.js";
import type { SnoozeResult } from "../use-cases/snooze-interview.js";
import { interviewView } from "./interview-view.js";

/** The answer of `POST /interviews/{id}/snooze`: what moved, whether it was a repeat, and the interview. */
export function snoozeAnswer(result: SnoozeResult) {
  return {
    status: "snoozed",
    stepsMoved: result.moved.length,
    repeated: result.repeated,
    nextSendAt: nextSendAt(result.interview),
    interview: interviewView(result.interview),
  };
}
