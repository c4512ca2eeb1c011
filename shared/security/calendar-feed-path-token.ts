/** The token of a feed path segment `<token>.ics` (calendar apps want the suffix); undefined without it. */
export function calendarFeedPathToken(segment: string | undefined): string | undefined {
  const suffix = ".ics";
  return segment?.toLowerCase().endsWith(suffix) ? segment.slice(0, -suffix.length) : undefined;
}
