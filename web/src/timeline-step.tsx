import type { Step, TimelineEvent } from "./api-types";
import { EmailAsSent } from "./email-as-sent";
import { eventLabel } from "./event-label";
import { formatDateTime, formatTime } from "./format-in-zone";
import { StatusBadge } from "./status-badge";
import { stepTitle } from "./step-words";
import { timeThere } from "./time-there";

/** One step on the axis: when, to whom, its status, what happened to it, and why it was planned then. */
export function TimelineStep(props: {
  step: Step;
  isNext: boolean;
  events: TimelineEvent[];
  timeZone: string;
}) {
  const { step, timeZone } = props;
  const to =
    step.channel === "email"
      ? `Email to ${step.to.name} <${step.to.email}>`
      : `Reminder to you at ${step.to.email}, with a draft`;
  const there = timeThere(step.sendAt, step.timezone, timeZone);
  return (
    <li class={`step step-${step.status}${props.isNext ? " step-next" : ""}`} data-step={step.id}>
      <span class="dot" aria-hidden="true" />
      <div class="step-head">
        <time dateTime={step.sendAt}>{formatTime(step.sendAt, timeZone)}</time>
        <strong class="step-title">{stepTitle(step)}</strong>
        <StatusBadge status={step.status} />
        {props.isNext && <span class="next-tag">Next</span>}
      </div>
      <p class="to">{to}</p>
      {there && <p class="muted there">{there}</p>}
      {step.sentAt && (
        <p class="muted">
          Went out {formatDateTime(step.sentAt, timeZone)}
          {step.messageId ? `, Message-ID ${step.messageId}` : ""}
        </p>
      )}
      {step.sentEmail && <EmailAsSent email={step.sentEmail} />}
      {step.reason && <p class="muted">{step.reason}</p>}
      {props.events.length > 0 && (
        <ul class="step-events">
          {props.events.map((e) => (
            <li key={`${e.at}-${e.type}`}>
              {eventLabel(e.type)}, {formatDateTime(e.at, timeZone)}
              {e.detail ? `: ${e.detail}` : ""}
            </li>
          ))}
        </ul>
      )}
      <details open={props.isNext}>
        <summary>Why then</summary>
        <p>{step.why}</p>
        <p class="muted">
          Rule <code>{step.rule}</code>
        </p>
      </details>
    </li>
  );
}
