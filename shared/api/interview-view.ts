import type { Interview } from "../domain/interview.js";

/** An interview as the API shows it: steps in the order they go out, without internal bookkeeping. */
export function interviewView(interview: Interview) {
  const { version: _version, inboundForwards: _forwards, ...rest } = interview;
  const steps = [...interview.steps].sort(
    (a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt) || Number(a.id.slice(1)) - Number(b.id.slice(1)),
  );
  return { ...rest, steps };
}
