import { FieldError } from "./field-error";

/**
 * A labelled input whose `name` is the API's field path (`interviewers.0.email`), so the problem the API
 * names for that field shows under it and marks it invalid.
 */
export function TextField(props: {
  name: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  problem?: string | undefined;
  type?: string;
  required?: boolean;
  placeholder?: string;
  autoComplete?: string;
}) {
  const id = `f-${props.name.replaceAll(".", "-")}`;
  const errorId = `${id}-error`;
  return (
    <div class={props.problem ? "field invalid" : "field"}>
      <label for={id}>
        {props.label}
        {props.required ? "" : " (optional)"}
      </label>
      <input
        id={id}
        name={props.name}
        type={props.type ?? "text"}
        value={props.value}
        placeholder={props.placeholder}
        autoComplete={props.autoComplete ?? "off"}
        aria-invalid={props.problem ? "true" : undefined}
        aria-describedby={props.problem ? errorId : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      <FieldError id={errorId} problem={props.problem} />
    </div>
  );
}
