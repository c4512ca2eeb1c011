/** The answer of `POST /calendar-token`: the feed's URL under `baseUrl`, its webcal:// twin and the token. */
export function calendarFeedLinks(baseUrl: string, token: string) {
  const url = `${baseUrl}/calendar/${token}.ics`;
  return { url, webcalUrl: url.replace(/^https?:/, "webcal:"), token };
}
