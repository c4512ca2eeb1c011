/** What `/config.json` next to the app says: where the API is, and how to sign in. */
export interface AppConfig {
  apiUrl: string;
  auth: { kind?: string; signInUrl?: string };
}

/**
 * Reads `/config.json` from the app's own origin; without one (or an unreadable one) the API is on the
 * same origin and the token is pasted.
 */
export async function loadAppConfig(origin: string): Promise<AppConfig> {
  const fallback: AppConfig = { apiUrl: origin, auth: { kind: "token" } };
  try {
    const res = await fetch(new URL("/config.json", origin), { cache: "no-cache" });
    if (!res.ok) return fallback;
    const body = (await res.json()) as Partial<AppConfig>;
    const apiUrl =
      typeof body.apiUrl === "string" && body.apiUrl ? new URL(body.apiUrl, origin).href : origin;
    const auth = body.auth && typeof body.auth === "object" ? body.auth : fallback.auth;
    return { apiUrl, auth };
  } catch {
    return fallback;
  }
}
