import type { Interview } from "./api-types";
import { formatDateTime } from "./format-in-zone";
import { nextStep } from "./next-step";
import { stepTitle } from "./step-words";
import { userTimeZone } from "./user-time-zone";

/** What goes out next for an interview, in the user's zone. */
export function NextStepLine(props: { interview: Interview }) {
  const next = nextStep(props.interview.steps);
  if (!next) return <span class="muted">Nothing planned</span>;
  return (
    <span>
      Next: {stepTitle(next)}, {formatDateTime(next.sendAt, userTimeZone())}
    </span>
  );
}
