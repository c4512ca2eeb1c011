import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

/** An iCalendar feed as a calendar app fetches it: never cached, never sniffed, never referred onward. */
export function calendarResponse(body: string): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode: 200,
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": 'inline; filename="interview-follow-ups.ics"',
      "cache-control": "private, no-store",
      "referrer-policy": "no-referrer",
      "x-content-type-options": "nosniff",
    },
    body,
  };
}
