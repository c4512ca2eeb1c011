import type { InterviewView } from "../../../cli/api-types.js";
import type { CliIo } from "../../../cli/cli-io.js";

/** An interview as GET /interviews/{id} answers it: one step sent, one next, one cancelled. */
export function interviewFixture(overrides: Partial<InterviewView> = {}): InterviewView {
  return {
    id: "01JD8X3Q7ZB4N5M6P7R8S9T0VW",
    status: "active",
    company: "Acme Corp",
    role: "Staff Engineer",
    round: "onsite",
    interviewedAt: "2026-12-01T14:00:00-05:00",
    timezone: "America/New_York",
    decisionExpectedBy: "2026-12-15",
    mode: "send",
    cadence: "standard",
    candidate: { name: "Sam Lee", email: "sam@example.com" },
    steps: [
      {
        id: "s1",
        kind: "thank_you",
        channel: "email",
        to: { name: "Dana Ortiz", email: "dana@acme.example" },
        sendAt: "2026-12-02T14:00:00.000Z",
        sentAt: "2026-12-02T14:00:05.000Z",
        timezone: "America/New_York",
        rule: "thank-you.next-business-morning",
        why: "The morning after the interview.",
        status: "sent",
      },
      {
        id: "s2",
        kind: "handwritten_note",
        channel: "reminder",
        to: { name: "Sam Lee", email: "sam@example.com" },
        sendAt: "2026-12-03T14:00:00.000Z",
        timezone: "America/New_York",
        rule: "handwritten-note",
        why: "A note by post stands out.",
        status: "scheduled",
      },
      {
        id: "s3",
        kind: "recruiter_check_in",
        channel: "email",
        to: { name: "Priya Shah", email: "priya@acme.example" },
        sendAt: "2026-12-17T14:00:00.000Z",
        timezone: "America/New_York",
        rule: "check-in.after-decision",
        why: "Two business days after the decision date.",
        status: "cancelled",
        reason: "priya@acme.example unsubscribed",
      },
    ],
    events: [{ at: "2026-12-01T20:00:00.000Z", type: "interview.created", detail: "Planned 3 steps." }],
    ...overrides,
  };
}

/** An io that records what was written; `fetch` answers from `routes` ("GET /usage" -> [status, body]). */
export function recordingIo(
  options: {
    env?: Record<string, string | undefined>;
    tty?: boolean;
    stdin?: string;
    fetch?: typeof fetch;
  } = {},
) {
  const out = { stdout: "", stderr: "", sleeps: [] as number[] };
  const io: CliIo = {
    stdout: (t) => {
      out.stdout += t;
    },
    stderr: (t) => {
      out.stderr += t;
    },
    env: options.env ?? {},
    now: () => new Date("2026-12-01T12:00:00Z"),
    stdoutIsTTY: options.tty === true,
    stderrIsTTY: options.tty === true,
    readStdin: async () => options.stdin ?? "",
    sleep: async (ms) => {
      out.sleeps.push(ms);
    },
    ...(options.fetch ? { fetch: options.fetch } : {}),
  };
  return { out, io };
}

export interface SeenRequest {
  method: string;
  url: URL;
  headers: Record<string, string>;
  body: unknown;
}

/** A fetch that records each request and answers from `answer` (status and JSON body). */
export function fakeFetch(answer: (req: SeenRequest) => [number, unknown] | Error | Response) {
  const seen: SeenRequest[] = [];
  const fn = (async (input: URL | string, init?: RequestInit) => {
    const req: SeenRequest = {
      method: init?.method ?? "GET",
      url: new URL(String(input)),
      headers: Object.fromEntries(Object.entries((init?.headers ?? {}) as Record<string, string>)),
      body: init?.body ? JSON.parse(String(init.body)) : undefined,
    };
    seen.push(req);
    const a = answer(req);
    if (a instanceof Error) throw a;
    if (a instanceof Response) return a;
    const [status, body] = a;
    return new Response(body === undefined ? "" : JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json" },
    });
  }) as typeof fetch;
  return { fetch: fn, seen };
}
