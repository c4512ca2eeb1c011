/**
 * The token of a sign-in link (`#token=...`, or `#id_token=...` as an OpenID provider's implicit flow
 * returns it), and the fragment removed from the address bar so it is not bookmarked, shared or kept in
 * history.
 */
export function takeFragmentToken(location: Location, history: History): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ""));
  const token = params.get("token") ?? params.get("id_token") ?? undefined;
  if (location.hash) history.replaceState(history.state, "", `${location.pathname}${location.search}`);
  return token?.trim() || undefined;
}
