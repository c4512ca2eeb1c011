import type { Step, TimelineEvent } from "./api-types";
import { formatDay } from "./format-in-zone";
import { nextStep } from "./next-step";
import { TimelineStep } from "./timeline-step";

/** Every step on a time axis, grouped by day in `timeZone`, the next one marked. */
export function StepTimeline(props: { steps: Step[]; events: TimelineEvent[]; timeZone: string }) {
  const next = nextStep(props.steps);
  const sorted = [...props.steps].sort((a, b) => Date.parse(a.sendAt) - Date.parse(b.sendAt));
  const days = new Map<string, Step[]>();
  for (const step of sorted) {
    const day = formatDay(step.sendAt, props.timeZone);
    days.set(day, [...(days.get(day) ?? []), step]);
  }
  return (
    <ol class="axis" aria-label="Steps in time order">
      {[...days].map(([day, steps]) => (
        <li key={day} class="day">
          <h3 class="day-label">{day}</h3>
          <ol class="day-steps">
            {steps.map((s) => (
              <TimelineStep
                key={s.id}
                step={s}
                isNext={s.id === next?.id}
                events={props.events.filter((e) => e.stepId === s.id)}
                timeZone={props.timeZone}
              />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
