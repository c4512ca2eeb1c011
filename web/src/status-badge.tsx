/** A status word with its colour; the word itself carries the meaning (colour is only a help). */
export function StatusBadge(props: { status: string }) {
  return <span class={`badge badge-${props.status}`}>{props.status.replaceAll("_", " ")}</span>;
}
