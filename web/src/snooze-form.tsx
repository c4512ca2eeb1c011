import { useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import type { Interview } from "./api-types";
import { ErrorMessage } from "./error-message";

/** Move every pending step some days later. */
export function SnoozeForm(props: { api: ApiClient; interview: Interview; onDone: (i: Interview) => void }) {
  const [days, setDays] = useState(7);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [note, setNote] = useState("");
  return (
    <form
      class="action"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(undefined);
        try {
          const answer = await props.api.snooze(props.interview.id, days);
          // A snooze within 10 minutes of another is taken as the same click, and moves nothing again.
          setNote(
            answer.repeated
              ? "Already snoozed in the last 10 minutes: nothing moved again."
              : `${answer.stepsMoved} step${answer.stepsMoved === 1 ? "" : "s"} moved.`,
          );
          props.onDone(answer.interview);
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>Snooze</h3>
      <label for="snooze-days">Days later (1-30)</label>
      <input
        id="snooze-days"
        type="number"
        min={1}
        max={30}
        value={days}
        onInput={(e) => setDays(Number(e.currentTarget.value))}
      />
      <button type="submit" aria-disabled={busy ? "true" : undefined}>
        Snooze
      </button>
      {note && <p role="status">{note}</p>}
      <ErrorMessage error={error} />
    </form>
  );
}
