import { useEffect, useState } from "preact/hooks";
import type { ApiClient } from "./api-client";
import type { Insights } from "./api-types";
import { ErrorMessage } from "./error-message";
import { InsightsChart } from "./insights-chart";

const OUTCOME_ROWS = [
  ["none", "Nothing sent"],
  ["thanksOnly", "Thank-yous only"],
  ["withCheckIns", "With check-ins"],
] as const;

/** What worked: replies per kind of follow-up, and outcomes by what the chain had sent. */
export function InsightsPage(props: { api: ApiClient }) {
  const [insights, setInsights] = useState<Insights>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    props.api.insights().then(setInsights, setError);
  }, [props.api]);
  if (error) return <ErrorMessage error={error} />;
  if (!insights) return <p class="loading">Loading…</p>;
  return (
    <section aria-labelledby="insights-title">
      <h1 id="insights-title">What worked</h1>
      <p class="muted">From your {insights.interviews} interviews; counts only.</p>
      <InsightsChart byKind={insights.byKind} />
      <h2>Outcomes</h2>
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Follow-ups sent</th>
              <th scope="col">Offer</th>
              <th scope="col">Rejected</th>
              <th scope="col">Withdrawn</th>
            </tr>
          </thead>
          <tbody>
            {OUTCOME_ROWS.map(([key, label]) => (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>{insights.outcomes[key].offer}</td>
                <td>{insights.outcomes[key].rejected}</td>
                <td>{insights.outcomes[key].withdrawn}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
