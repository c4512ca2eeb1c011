/**
 * A valid POST /interviews body, like the README's: an onsite the morning of FIXED_NOW (Monday 23 Nov 2026,
 * 10:00 in New York), so the thank-you goes out the next business morning and every step is ahead of the
 * fixed clock. Overrides replace top-level fields; `undefined` removes one.
 */
export function interviewInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const body: Record<string, unknown> = {
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    interviewedAt: "2026-11-23T10:00:00-05:00",
    timezone: "America/New_York",
    country: "US",
    candidate: { name: "Cara Diaz", email: "cara@example.com", links: ["https://example.com/cara"] },
    interviewers: [{ name: "Ann Lee", email: "ann@acme.test", topics: ["caching", "on-call"] }],
    recruiter: { name: "Rita Ruiz", email: "rita@acme.test" },
    decisionExpectedBy: "2026-12-04",
    mode: "send",
    ...overrides,
  };
  for (const [key, value] of Object.entries(body)) if (value === undefined) delete body[key];
  return body;
}
