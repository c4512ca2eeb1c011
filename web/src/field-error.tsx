/** The API's problem with one field, read out with it (the input names this id in aria-describedby). */
export function FieldError(props: { id: string; problem: string | undefined }) {
  if (!props.problem) return null;
  return (
    <span class="field-error" id={props.id}>
      {props.problem}
    </span>
  );
}
