const KEY = "followup.token";

/** The bearer token, kept in this browser's localStorage until signed out or refused by the API. */
export const tokenStorage = {
  read: (): string | undefined => localStorage.getItem(KEY) ?? undefined,
  write: (token: string) => localStorage.setItem(KEY, token),
  clear: () => localStorage.removeItem(KEY),
};
