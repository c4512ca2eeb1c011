import { useEffect, useState } from "preact/hooks";
import { greetingAfterRename } from "../../shared/domain/greeting-after-rename";
import type { ApiClient } from "./api-client";
import { ApiError } from "./api-error";
import type { Interview, PlannedStep } from "./api-types";
import { ChainPreview } from "./chain-preview";
import { contactAt, contactValuesOf, type EditValues, editPatch, editValuesOf } from "./edit-patch";
import { ErrorMessage } from "./error-message";
import { interviewInput } from "./interview-input";
import { issuesByField } from "./issues-by-field";
import { TextField } from "./text-field";
import { useDebounced } from "./use-debounced";
import { userTimeZone } from "./user-time-zone";

const DELIVERED = ["sending", "sent", "unknown"];

/**
 * Change the decision date or a contact. Before saving, the re-planned chain is shown from the preview
 * route (steps already delivered left out); saving PATCHes only what changed, on condition that the
 * interview is still the copy shown (If-Match): one changed meanwhile (a step sent, a reply, an edit from
 * another device) is not written over, and the person is offered a reload that keeps what they typed.
 */
export function EditForm(props: {
  api: ApiClient;
  interview: Interview;
  onDone: (i: Interview) => void;
  onReload: () => void;
}) {
  const { interview } = props;
  const [stale, setStale] = useState(false);
  const [values, setValues] = useState<EditValues>(() => editValuesOf(interview));
  const [preview, setPreview] = useState<PlannedStep[]>();
  const [problems, setProblems] = useState(new Map<string, string>());
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const patch = editPatch(interview, values);
  const changed = Object.keys(patch).length > 0;
  const settled = useDebounced(JSON.stringify(patch), 350);

  useEffect(() => {
    const p = JSON.parse(settled) as Record<string, unknown>;
    if (Object.keys(p).length === 0) {
      setPreview(undefined);
      setProblems(new Map());
      return;
    }
    let current = true;
    props.api.preview(interviewInput(interview, p)).then(
      (answer) => {
        if (!current) return;
        const delivered = new Set(
          interview.steps.filter((s) => DELIVERED.includes(s.status)).map((s) => `${s.kind} ${s.to.email}`),
        );
        setPreview(answer.steps.filter((s) => !delivered.has(`${s.kind} ${s.to.email}`)));
        setProblems(new Map());
      },
      (e: unknown) => {
        if (!current) return;
        setPreview(undefined);
        setProblems(e instanceof ApiError ? issuesByField(e.issues) : new Map());
      },
    );
    return () => {
      current = false;
    };
  }, [settled, interview, props.api]);

  const set = (field: keyof EditValues) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  // Whether the greeting was typed in: until it is, it follows the name (see greetingAfterRename).
  const [greetingTyped, setGreetingTyped] = useState(false);
  const pick = (key: string) => {
    setGreetingTyped(false);
    setValues((v) => ({ ...v, ...contactValuesOf(interview, key) }));
  };
  const rename = (name: string) =>
    setValues((v) =>
      greetingTyped
        ? { ...v, contactName: name }
        : {
            ...v,
            contactName: name,
            contactGreeting: greetingAfterRename(contactAt(interview, v.contact)?.greeting ?? "", name),
          },
    );
  const typeGreeting = (greeting: string) => {
    setGreetingTyped(true);
    setValues((v) => ({ ...v, contactGreeting: greeting }));
  };
  const contactKeys = [
    ...(interview.recruiter ? ["recruiter"] : []),
    ...(interview.referrer ? ["referrer"] : []),
    ...interview.interviewers.map((_, i) => `interviewers.${i}`),
  ];
  // The API needs a recruiter's and a referrer's email; an interviewer's may be left out (see
  // shared/api/interview-input-schema.ts).
  const isInterviewer = values.contact.startsWith("interviewers.");
  const contactProblem = (part: "name" | "email") =>
    problems.get(`${values.contact}.${part}`) ??
    (part === "email" ? problems.get(values.contact) : undefined);

  return (
    <form
      class="action edit"
      onSubmit={async (e) => {
        e.preventDefault();
        if (!changed || busy) return;
        setBusy(true);
        setError(undefined);
        try {
          const updated = await props.api.update(interview.id, patch, interview.etag);
          setValues(editValuesOf(updated));
          setGreetingTyped(false);
          setPreview(undefined);
          props.onDone(updated);
        } catch (err) {
          if (err instanceof ApiError && err.code === "precondition_failed") setStale(true);
          else {
            if (err instanceof ApiError && err.issues.length > 0) setProblems(issuesByField(err.issues));
            setError(err);
          }
        } finally {
          setBusy(false);
        }
      }}
    >
      <h3>Edit</h3>
      <TextField
        name="decisionExpectedBy"
        label="Decision expected by"
        type="date"
        value={values.decisionExpectedBy}
        onInput={set("decisionExpectedBy")}
        problem={problems.get("decisionExpectedBy")}
      />
      <div class="field">
        <label for="edit-contact">Contact</label>
        <select id="edit-contact" value={values.contact} onChange={(e) => pick(e.currentTarget.value)}>
          {contactKeys.map((key) => (
            <option key={key} value={key}>
              {key === "recruiter" ? "Recruiter" : key === "referrer" ? "Referrer" : "Interviewer"}:{" "}
              {contactAt(interview, key)?.name}
            </option>
          ))}
        </select>
      </div>
      <TextField
        name={`${values.contact}.name`}
        label="Name"
        value={values.contactName}
        onInput={rename}
        problem={contactProblem("name")}
        required
      />
      <TextField
        name={`${values.contact}.email`}
        label="Email"
        type="email"
        value={values.contactEmail}
        onInput={set("contactEmail")}
        problem={contactProblem("email")}
        required={!isInterviewer}
      />
      <TextField
        name={`${values.contact}.greeting`}
        label="Greet them as"
        value={values.contactGreeting}
        onInput={typeGreeting}
        problem={problems.get(`${values.contact}.greeting`)}
        placeholder="their first name"
      />
      {changed && preview && (
        <ChainPreview
          steps={preview}
          timeZone={userTimeZone()}
          title="The chain after this change"
          busy={false}
        />
      )}
      <button type="submit" aria-disabled={busy || !changed ? "true" : undefined}>
        Save changes
      </button>
      <ErrorMessage error={error} />
      {stale && (
        <div class="error" role="alert">
          <p>
            This interview changed since you opened it (a step went out, a reply came in, or it was edited
            elsewhere), so nothing was saved. Reload it to see what changed; your edit stays here to save
            again.
          </p>
          <button
            type="button"
            onClick={() => {
              setStale(false);
              props.onReload();
            }}
          >
            Reload
          </button>
        </div>
      )}
    </form>
  );
}
