import { useEffect, useRef, useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import type { Interview } from "./api-types";
import { chainActions } from "./chain-actions";
import { EditForm } from "./edit-form";
import { ErrorMessage } from "./error-message";
import { EventList } from "./event-list";
import { formatCalendarDate } from "./format-calendar-date";
import { formatDateTime } from "./format-in-zone";
import { NextStepLine } from "./next-step-line";
import { SnoozeForm } from "./snooze-form";
import { StatusBadge } from "./status-badge";
import { StepTimeline } from "./step-timeline";
import { StopForm } from "./stop-form";
import { userTimeZone } from "./user-time-zone";

/** One interview: its chain on a time axis, what happened, and what you can do while it runs. */
export function InterviewPage(props: { api: ApiClient; id: string }) {
  const [interview, setInterview] = useState<Interview>();
  const [error, setError] = useState<unknown>();
  const timeZone = userTimeZone();
  const title = useRef<HTMLHeadingElement>(null);

  const load = () =>
    props.api.get(props.id).then(
      (i) => {
        setInterview(i);
        setError(undefined);
      },
      (e: unknown) => setError(e),
    );
  useEffect(() => {
    void load();
  }, [props.id, props.api]);
  // The keyboard starts on the heading when the page opens (the register button it came from is gone)
  // and when a stop takes the actions away with the focused Stop button.
  const loaded = interview?.id;
  const status = interview?.status;
  useEffect(() => {
    if (loaded) title.current?.focus();
  }, [loaded]);
  useEffect(() => {
    if (loaded && status !== "active" && document.activeElement === document.body) title.current?.focus();
  }, [status, interview?.steps]);

  if (error && !interview) return <ErrorMessage error={error} />;
  if (!interview) return <p class="loading">Loading…</p>;
  const i = interview;
  const actions = chainActions(i);
  return (
    <article class="interview" aria-labelledby="interview-title">
      <div class="page-head">
        <h1 id="interview-title" tabIndex={-1} ref={title}>
          {i.company}: {i.role}
        </h1>
        <StatusBadge status={i.status} />
      </div>
      <p class="muted">
        {i.round}, {formatDateTime(i.interviewedAt, timeZone)}
        {i.stopReason ? `. Stopped: ${i.stopReason}` : ""}
        {i.decisionExpectedBy ? `. Decision expected by ${formatCalendarDate(i.decisionExpectedBy)}` : ""}
      </p>
      <p class="next">
        <NextStepLine interview={i} />
      </p>
      <div class="columns">
        <section aria-labelledby="steps-title" class="timeline">
          <div class="section-head">
            <h2 id="steps-title">Timeline</h2>
            <button type="button" class="link" onClick={() => void load()}>
              Refresh
            </button>
          </div>
          <p class="muted zone">Times in {timeZone}</p>
          <StepTimeline steps={i.steps} events={i.events} timeZone={timeZone} />
          <h2>What happened</h2>
          <EventList events={i.events} timeZone={timeZone} />
        </section>
        {(actions.outcome || actions.snooze || actions.edit) && (
          <aside aria-label="Actions" class="actions">
            {actions.outcome && (
              <StopForm api={props.api} interview={i} mode={actions.outcome} onDone={setInterview} />
            )}
            {actions.snooze && <SnoozeForm api={props.api} interview={i} onDone={setInterview} />}
            {actions.edit && (
              <EditForm
                key={i.id}
                api={props.api}
                interview={i}
                onDone={setInterview}
                onReload={() => void load()}
              />
            )}
          </aside>
        )}
      </div>
    </article>
  );
}
