import type { Step } from "./api-types";

/** A closed disclosure with what went out for a sent step: To, Subject and the plain text. */
export function EmailAsSent(props: { email: NonNullable<Step["sentEmail"]> }) {
  const { email } = props;
  return (
    <details class="email-as-sent">
      <summary>The email as sent</summary>
      <dl>
        <dt>To</dt>
        <dd>{email.to}</dd>
        <dt>Subject</dt>
        <dd>{email.subject}</dd>
      </dl>
      <pre class="email-text">{email.text}</pre>
      {email.truncated && <p class="muted">Shortened: only the beginning of the text is kept.</p>}
    </details>
  );
}
