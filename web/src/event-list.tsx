import type { TimelineEvent } from "./api-types";
import { eventLabel } from "./event-label";
import { formatDateTime } from "./format-in-zone";

/** What happened to the chain, oldest first: registration, sends, replies and what they did, stops. */
export function EventList(props: { events: TimelineEvent[]; timeZone: string }) {
  if (props.events.length === 0) return <p class="muted">Nothing has happened yet.</p>;
  const sorted = [...props.events].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <ol class="events">
      {sorted.map((e, i) => (
        <li key={`${i}-${e.at}`} class={/repl/.test(e.type) ? "event event-reply" : "event"}>
          <time dateTime={e.at}>{formatDateTime(e.at, props.timeZone)}</time>
          <strong>{eventLabel(e.type)}</strong>
          {e.detail && <span>{e.detail}</span>}
        </li>
      ))}
    </ol>
  );
}
