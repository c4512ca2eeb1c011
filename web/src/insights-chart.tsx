import type { ReplyFigures } from "./api-types";
import { kindLabel } from "./step-words";

const ROW = 56;
const WIDTH = 400;
/** Room right of the longest bar for its figure. */
const FIGURE = 86;

/**
 * Sent and replied per step kind as horizontal bars (inline SVG: nothing loaded from elsewhere). Kinds
 * nothing was sent for are left out; bars are scaled to the kind sent most.
 */
export function InsightsChart(props: { byKind: Record<string, ReplyFigures> }) {
  const rows = Object.entries(props.byKind).filter(([, f]) => f.sent > 0);
  if (rows.length === 0) return <p class="muted">Nothing has gone out yet.</p>;
  const max = Math.max(...rows.map(([, f]) => f.sent));
  const scale = (n: number) => ((WIDTH - FIGURE) * n) / max;
  const height = rows.length * ROW;
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="chart-title"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id="chart-title">Follow-ups sent and replied to, per kind</title>
        {rows.map(([kind, f], i) => {
          const y = i * ROW;
          return (
            <g key={kind}>
              <text x={0} y={y + 15} class="chart-label">
                {kindLabel(kind)}
              </text>
              <rect x={0} y={y + 21} width={Math.max(scale(f.sent), 1)} height={12} class="bar-sent" />
              <rect x={0} y={y + 36} width={scale(f.replied)} height={12} class="bar-replied" />
              <text x={scale(f.sent) + 6} y={y + 32} class="chart-value">
                {f.sent} sent
              </text>
              <text x={scale(f.replied) + 6} y={y + 47} class="chart-value">
                {f.replied} replied
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <span class="key key-sent" aria-hidden="true" /> sent{" "}
        <span class="key key-replied" aria-hidden="true" /> replied by a person
      </figcaption>
    </figure>
  );
}
