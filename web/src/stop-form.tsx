import { useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import { type Interview, STOP_OUTCOMES, type StopOutcome } from "./api-types";
import { ErrorMessage } from "./error-message";

/** Stop the chain with its outcome; a rejection plans a gracious reply and a keep-in-touch note. */
export function StopForm(props: { api: ApiClient; interview: Interview; onDone: (i: Interview) => void }) {
  const [outcome, setOutcome] = useState<StopOutcome>("offer");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  return (
    <form
      class="action"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        setBusy(true);
        setError(undefined);
        try {
          props.onDone(await props.api.stop(props.interview.id, outcome));
        } catch (err) {
          setError(err);
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>Stop the chain</h3>
      <label for="stop-outcome">Outcome</label>
      <select
        id="stop-outcome"
        value={outcome}
        onChange={(e) => setOutcome(e.currentTarget.value as StopOutcome)}
      >
        {STOP_OUTCOMES.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
      <button type="submit" aria-disabled={busy ? "true" : undefined}>
        Stop
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
