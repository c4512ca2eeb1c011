import { useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import { type Interview, STOP_OUTCOMES, type StopOutcome } from "./api-types";
import { ErrorMessage } from "./error-message";

const WORDS = {
  stop: { title: "Stop the chain", button: "Stop" },
  record: { title: "Record the outcome", button: "Record" },
  cancel: { title: "Cancel what is left", button: "Cancel the remaining steps" },
} as const;

/**
 * Stop the chain with its outcome (a rejection plans a gracious reply and a keep-in-touch note), record
 * the outcome after a reply, or (`cancel`) end what a stopped chain may still send, keeping its outcome.
 */
export function StopForm(props: {
  api: ApiClient;
  interview: Interview;
  mode: keyof typeof WORDS;
  onDone: (i: Interview) => void;
}) {
  const [picked, setOutcome] = useState<StopOutcome>("offer");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const words = WORDS[props.mode];
  const outcome: StopOutcome = props.mode === "cancel" ? "cancelled" : picked;
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
      <h3>{words.title}</h3>
      {props.mode === "cancel" ? (
        <p class="muted">
          Nothing more goes out; the outcome stays {props.interview.stopReason ?? "as recorded"}.
        </p>
      ) : (
        <>
          <label for="stop-outcome">Outcome</label>
          <select
            id="stop-outcome"
            value={picked}
            onChange={(e) => setOutcome(e.currentTarget.value as StopOutcome)}
          >
            {STOP_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {o}
              </option>
            ))}
          </select>
        </>
      )}
      <button type="submit" aria-disabled={busy ? "true" : undefined}>
        {words.button}
      </button>
      <ErrorMessage error={error} />
    </form>
  );
}
