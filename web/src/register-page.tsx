import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import { ApiError } from "./api-error";
import type { PlanPreview } from "./api-types";
import { interviewPath, navigate } from "./app-route";
import { ChainPreview } from "./chain-preview";
import { ErrorMessage } from "./error-message";
import { issuesByField } from "./issues-by-field";
import { emptyRegisterForm, type RegisterFormValues, registerBody } from "./register-form-values";
import { TextField } from "./text-field";
import { useDebounced } from "./use-debounced";
import { useRetryKey } from "./use-retry-key";
import { userCountry } from "./user-country";
import { userTimeZone } from "./user-time-zone";

type TextKey = Exclude<keyof RegisterFormValues, "interviewers" | "mode" | "cadence">;

/**
 * Register an interview. The chain it would get is previewed as the fields change (once typing pauses),
 * and the API's problems show on their fields: while typing only on fields already touched, all of them
 * once a save was tried.
 */
export function RegisterPage(props: { api: ApiClient }) {
  const [values, setValues] = useState(() =>
    emptyRegisterForm(userTimeZone(), userCountry(navigator.languages ?? [])),
  );
  const [touched, setTouched] = useState(new Set<string>());
  const [tried, setTried] = useState(false);
  const [problems, setProblems] = useState(new Map<string, string>());
  const [preview, setPreview] = useState<PlanPreview>();
  const [previewing, setPreviewing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const body = registerBody(values);
  const sending = JSON.stringify(body);
  const settled = useDebounced(sending, 400);
  const retryKey = useRetryKey();

  useEffect(() => {
    if (touched.size === 0) return;
    let current = true;
    setPreviewing(true);
    props.api.preview(JSON.parse(settled)).then(
      (answer) => {
        if (!current) return;
        setPreview(answer);
        setProblems(new Map());
        setPreviewing(false);
      },
      (e: unknown) => {
        if (!current) return;
        setPreview(undefined);
        setProblems(e instanceof ApiError ? issuesByField(e.issues) : new Map());
        setPreviewing(false);
      },
    );
    return () => {
      current = false;
    };
  }, [settled, props.api]);

  // The API asks for ISO 8601 with an offset; the picker gives a local time that the zone turns into one.
  // When it could not (nothing picked, or a zone that is none), say that rather than the API's format.
  const whenProblem = (p: string | undefined) =>
    p === undefined || body.interviewedAt !== values.interviewedAt
      ? p
      : values.interviewedAt === ""
        ? "needs a date and a time"
        : "could not be read in the time zone, which is not valid";
  const problem = (field: string) => {
    if (!(tried || touched.has(field))) return undefined;
    const p = problems.get(field);
    return field === "interviewedAt" ? whenProblem(p) : p;
  };
  const touch = (field: string) => setTouched((t) => (t.has(field) ? t : new Set(t).add(field)));
  const text = (key: TextKey, field: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField
      name={field}
      label={label}
      value={values[key]}
      onInput={(v) => {
        touch(field);
        setValues((s) => ({ ...s, [key]: v }));
      }}
      problem={problem(field)}
      {...extra}
    />
  );
  const setInterviewer = (index: number, part: "name" | "email" | "greeting", v: string) => {
    touch(`interviewers.${index}.${part}`);
    setValues((s) => ({
      ...s,
      interviewers: s.interviewers.map((c, i) => (i === index ? { ...c, [part]: v } : c)),
    }));
  };
  const otherProblems = tried
    ? [...problems].filter(([field]) => !document.querySelector(`[name="${CSS.escape(field)}"]`))
    : [];

  return (
    <section class="register" aria-labelledby="register-title">
      <h1 id="register-title">Register an interview</h1>
      <div class="columns">
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            if (busy) return;
            setTried(true);
            setBusy(true);
            setError(undefined);
            try {
              const created = await props.api.create(body, retryKey(sending));
              navigate(interviewPath(created.id));
            } catch (err) {
              if (err instanceof ApiError) setProblems(issuesByField(err.issues));
              setError(err);
              // Take the keyboard to the first field the API named.
              requestAnimationFrame(() =>
                document.querySelector<HTMLElement>("[aria-invalid=true]")?.focus(),
              );
            } finally {
              setBusy(false);
            }
          }}
        >
          <fieldset>
            <legend>The interview</legend>
            {text("company", "company", "Company", { required: true })}
            {text("role", "role", "Role", { required: true })}
            {text("round", "round", "Round", { required: true, placeholder: "phone screen, onsite…" })}
            {text("interviewedAt", "interviewedAt", "When", { required: true, type: "datetime-local" })}
            {text("timezone", "timezone", "Time zone", { required: true })}
            {text("country", "country", "Country (ISO code)", { required: true })}
            {text("decisionExpectedBy", "decisionExpectedBy", "Decision expected by", { type: "date" })}
          </fieldset>
          <fieldset>
            <legend>You</legend>
            {text("candidateName", "candidate.name", "Your name", { required: true, autoComplete: "name" })}
            {text("candidateEmail", "candidate.email", "Your email", {
              required: true,
              type: "email",
              autoComplete: "email",
            })}
            {text("candidateGreeting", "candidate.greeting", "Greet me as", {
              placeholder: "your first name",
            })}
          </fieldset>
          <fieldset>
            <legend>Interviewers</legend>
            {values.interviewers.map((c, i) => (
              <div class="contact" key={i}>
                <TextField
                  name={`interviewers.${i}.name`}
                  label={`Interviewer ${i + 1} name`}
                  value={c.name}
                  onInput={(v) => setInterviewer(i, "name", v)}
                  problem={problem(`interviewers.${i}.name`)}
                  required
                />
                <TextField
                  name={`interviewers.${i}.email`}
                  label={`Interviewer ${i + 1} email`}
                  type="email"
                  value={c.email}
                  onInput={(v) => setInterviewer(i, "email", v)}
                  problem={problem(`interviewers.${i}.email`)}
                />
                <TextField
                  name={`interviewers.${i}.greeting`}
                  label={`Greet interviewer ${i + 1} as`}
                  value={c.greeting}
                  onInput={(v) => setInterviewer(i, "greeting", v)}
                  problem={problem(`interviewers.${i}.greeting`)}
                  placeholder="Ming, Dr. Li…"
                />
                {values.interviewers.length > 1 && (
                  <button
                    type="button"
                    class="link"
                    onClick={() =>
                      setValues((s) => ({ ...s, interviewers: s.interviewers.filter((_, j) => j !== i) }))
                    }
                  >
                    Remove interviewer {i + 1}
                  </button>
                )}
              </div>
            ))}
            {values.interviewers.length < 10 && (
              <button
                type="button"
                class="link"
                onClick={() =>
                  setValues((s) => ({
                    ...s,
                    interviewers: [...s.interviewers, { name: "", email: "", greeting: "" }],
                  }))
                }
              >
                Add an interviewer
              </button>
            )}
          </fieldset>
          <fieldset>
            <legend>Recruiter (optional)</legend>
            <p class="hint">Leave both empty if there is none; with a recruiter, both are needed.</p>
            {text("recruiterName", "recruiter.name", "Recruiter name", { required: true })}
            {text("recruiterEmail", "recruiter.email", "Recruiter email", { required: true, type: "email" })}
            {text("recruiterGreeting", "recruiter.greeting", "Greet the recruiter as")}
          </fieldset>
          <fieldset>
            <legend>Referrer (optional)</legend>
            <p class="hint">
              Who referred you, if anyone: they get a short update after the interview. With a referrer, both
              are needed.
            </p>
            {text("referrerName", "referrer.name", "Referrer name", { required: true })}
            {text("referrerEmail", "referrer.email", "Referrer email", { required: true, type: "email" })}
            {text("referrerGreeting", "referrer.greeting", "Greet the referrer as")}
          </fieldset>
          <fieldset>
            <legend>How</legend>
            <div class="field">
              <label for="f-mode">Mode</label>
              <select
                id="f-mode"
                value={values.mode}
                onChange={(e) =>
                  setValues((s) => ({ ...s, mode: e.currentTarget.value as RegisterFormValues["mode"] }))
                }
              >
                <option value="send">Send the emails for me</option>
                <option value="remind">Remind me, with drafts</option>
              </select>
            </div>
            <div class="field">
              <label for="f-cadence">Cadence</label>
              <select
                id="f-cadence"
                value={values.cadence}
                onChange={(e) =>
                  setValues((s) => ({
                    ...s,
                    cadence: e.currentTarget.value as RegisterFormValues["cadence"],
                  }))
                }
              >
                <option value="standard">Standard</option>
                <option value="patient">Patient</option>
                <option value="minimal">Minimal</option>
              </select>
            </div>
          </fieldset>
          {otherProblems.length > 0 && (
            <ul class="error" role="alert">
              {otherProblems.map(([field, p]) => (
                <li key={field}>
                  {field}: {p}
                </li>
              ))}
            </ul>
          )}
          <ErrorMessage error={error} />
          <button type="submit" aria-disabled={busy ? "true" : undefined}>
            Register and plan the chain
          </button>
        </form>
        <div aria-live="polite">
          {preview?.supersededBy && (
            <p class="error">
              A later round ({preview.supersededBy.round}) of this application is registered: this one would
              send nothing.
            </p>
          )}
          {preview && (
            <ChainPreview
              steps={preview.steps}
              timeZone={userTimeZone()}
              title="The chain it would plan"
              busy={previewing}
            />
          )}
          {!preview && touched.size > 0 && !previewing && (
            <p class="muted">The chain shows here once the fields are valid.</p>
          )}
        </div>
      </div>
    </section>
  );
}
