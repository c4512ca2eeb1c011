import type { InsightsView, ReplyFigures } from "./api-types.js";
import type { Paint } from "./paint.js";

function figures(f: ReplyFigures): string {
  const rate = f.sent > 0 ? ` (${Math.round((100 * f.replied) / f.sent)} %)` : "";
  const median =
    f.medianMinutesToReply === null ? "" : `, median ${formatMinutes(f.medianMinutesToReply)} to reply`;
  return `${f.sent} sent, ${f.replied} replied${rate}${median}`;
}

/** 90 -> "1 h 30 min", 2 days and more in days. */
export function formatMinutes(minutes: number): string {
  if (minutes >= 2 * 24 * 60) return `${Math.round(minutes / (24 * 60))} days`;
  if (minutes >= 60) return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ""}`;
  return `${minutes} min`;
}

/** `followup insights`: what went out, what earned a reply, and the outcomes by what was sent. */
export function renderInsights(view: InsightsView, paint: Paint): string {
  const lines = [
    paint.bold(`What worked, over ${view.interviews} interview(s), at ${view.at}`),
    "",
    "By step:",
  ];
  for (const [kind, f] of Object.entries(view.byKind))
    if (f.sent > 0) lines.push(`  ${kind.padEnd(20)} ${figures(f)}`);
  lines.push("", "By cadence:");
  for (const [cadence, f] of Object.entries(view.byCadence))
    if (f.interviews > 0) lines.push(`  ${cadence.padEnd(20)} ${f.interviews} interview(s), ${figures(f)}`);
  lines.push("", "Outcomes, by what the chain had sent (offer / rejected / withdrawn):");
  const groups = { none: "nothing", thanksOnly: "thank-yous only", withCheckIns: "with check-ins" } as const;
  for (const [key, label] of Object.entries(groups)) {
    const o = view.outcomes[key as keyof typeof groups];
    lines.push(`  ${label.padEnd(20)} ${o.offer} / ${o.rejected} / ${o.withdrawn}`);
  }
  return `${lines.join("\n")}\n`;
}
