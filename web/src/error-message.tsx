import { ApiError } from "./api-error";

/** What went wrong, in the API's words (its code too, for a bug report). */
export function ErrorMessage(props: { error: unknown }) {
  if (!props.error) return null;
  const e = props.error;
  const text =
    e instanceof ApiError ? `${e.message} (${e.code})` : e instanceof Error ? e.message : String(e);
  return (
    <p class="error" role="alert">
      {text}
    </p>
  );
}
