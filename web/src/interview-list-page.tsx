import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import type { Interview, InterviewStatus } from "./api-types";
import { AppLink } from "./app-link";
import { interviewPath } from "./app-route";
import { ErrorMessage } from "./error-message";
import { formatDateTime } from "./format-in-zone";
import { NextStepLine } from "./next-step-line";
import { StatusBadge } from "./status-badge";
import { StatusFilter } from "./status-filter";
import { userTimeZone } from "./user-time-zone";

export function InterviewListPage(props: { api: ApiClient }) {
  const [status, setStatus] = useState<InterviewStatus>();
  const [items, setItems] = useState<Interview[]>();
  const [cursor, setCursor] = useState<string | null>(null);
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    setItems(undefined);
    setError(undefined);
    props.api.list({ status }).then(
      (page) => {
        setItems(page.items);
        setCursor(page.nextCursor);
      },
      (e: unknown) => setError(e),
    );
  }, [props.api, status]);

  const more = () =>
    props.api.list({ status, cursor: cursor ?? undefined }).then(
      (page) => {
        setItems((before) => [...(before ?? []), ...page.items]);
        setCursor(page.nextCursor);
      },
      (e: unknown) => setError(e),
    );

  return (
    <section aria-labelledby="list-title">
      <div class="page-head">
        <h1 id="list-title">Interviews</h1>
        <AppLink href="/app/new" class="button">
          Register an interview
        </AppLink>
      </div>
      <StatusFilter value={status} onChange={setStatus} />
      <ErrorMessage error={error} />
      {!items && !error && <p class="loading">Loading…</p>}
      {items?.length === 0 && (
        <p class="empty">
          {status ? `No ${status} interviews.` : "No interviews yet: register your first one."}
        </p>
      )}
      {items && items.length > 0 && (
        <ul class="cards" aria-label="Interviews">
          {items.map((i) => (
            <li key={i.id} class="card">
              <div class="card-head">
                <AppLink href={interviewPath(i.id)} class="card-title">
                  {i.company}: {i.role}
                </AppLink>
                <StatusBadge status={i.status} />
              </div>
              <p class="muted">
                {i.round}, {formatDateTime(i.interviewedAt, userTimeZone())}
              </p>
              <p>
                <NextStepLine interview={i} />
              </p>
            </li>
          ))}
        </ul>
      )}
      {cursor && (
        <button type="button" onClick={more}>
          Show more
        </button>
      )}
    </section>
  );
}
