import { useState } from "preact/hooks";
import type { AppConfig } from "./app-config";

/** Sign-in: paste a bearer token once (kept in this browser), or follow the identity provider's link. */
export function TokenForm(props: {
  auth: AppConfig["auth"];
  refused: boolean;
  onToken: (token: string) => void;
}) {
  const [value, setValue] = useState("");
  return (
    <main class="sign-in">
      <h1>Follow-ups</h1>
      {props.refused && (
        <p class="error" role="alert">
          The API refused the token (expired, or made for another stack). Paste a new one.
        </p>
      )}
      {props.auth.signInUrl && (
        <p>
          <a class="button" href={props.auth.signInUrl}>
            Sign in
          </a>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (value.trim()) props.onToken(value.trim());
        }}
      >
        <label for="token">Bearer token</label>
        <textarea id="token" rows={4} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        <p class="hint">
          Locally: <code>npm run -s token -- you</code>, or open the link <code>npm start</code> prints.
        </p>
        <button type="submit">Use this token</button>
      </form>
    </main>
  );
}
