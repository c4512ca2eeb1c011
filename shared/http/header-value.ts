/**
 * A request header's value, whatever the case of its name (HTTP header names are case-insensitive; API
 * Gateway lower-cases them, a test or the local gateway may not). Undefined when absent.
 */
export function headerValue(
  headers: Readonly<Record<string, string | undefined>> | null | undefined,
  name: string,
): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (key.toLowerCase() === wanted && value !== undefined) return value;
  }
  return undefined;
}
