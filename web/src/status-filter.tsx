import { INTERVIEW_STATUSES, type InterviewStatus } from "./api-types";

export function StatusFilter(props: {
  value: InterviewStatus | undefined;
  onChange: (status: InterviewStatus | undefined) => void;
}) {
  return (
    <div class="filter">
      <label for="status-filter">Status</label>
      <select
        id="status-filter"
        value={props.value ?? ""}
        onChange={(e) => {
          const v = e.currentTarget.value;
          props.onChange(v ? (v as InterviewStatus) : undefined);
        }}
      >
        <option value="">All</option>
        {INTERVIEW_STATUSES.map((s) => (
          <option key={s} value={s}>
            {s}
          </option>
        ))}
      </select>
    </div>
  );
}
