import type { Paint } from "./paint.js";

/** A step or interview status, padded to `width` and coloured by what it means for the person. */
export function statusColour(paint: Paint, status: string, width = 0): string {
  const text = status.padEnd(width);
  switch (status) {
    case "sent":
    case "completed":
    case "replied":
      return paint.green(text);
    case "scheduled":
    case "unscheduled":
    case "active":
      return paint.cyan(text);
    case "sending":
      return paint.yellow(text);
    case "failed":
    case "unknown":
      return paint.red(text);
    default:
      return paint.dim(text);
  }
}
