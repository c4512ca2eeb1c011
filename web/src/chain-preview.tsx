import type { PlannedStep } from "./api-types";
import { formatDateTime } from "./format-in-zone";
import { stepTitle } from "./step-words";
import { timeThere } from "./time-there";

/** A planned chain (from `POST /plan/preview`): each step, when (in `timeZone`) and why. */
export function ChainPreview(props: {
  steps: PlannedStep[];
  timeZone: string;
  title: string;
  busy: boolean;
}) {
  return (
    <section class="preview" aria-labelledby="preview-title" aria-busy={props.busy}>
      <h2 id="preview-title">{props.title}</h2>
      {props.steps.length === 0 ? (
        <p class="muted">No steps would be planned.</p>
      ) : (
        <ol class="preview-steps">
          {props.steps.map((s) => {
            const there = timeThere(s.sendAt, s.timezone, props.timeZone);
            return (
              <li key={`${s.kind}-${s.to.email}-${s.sendAt}`}>
                <time dateTime={s.sendAt}>{formatDateTime(s.sendAt, props.timeZone)}</time>
                <strong>{stepTitle(s)}</strong>
                {there && <span class="muted">{there}</span>}
                <span class="muted">{s.why}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
