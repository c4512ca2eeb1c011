import { greetingAfterRename } from "../shared/domain/greeting-after-rename.js";
import type { ContactView, InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { OptionSpecs, OptionValues } from "./command.js";
import { NONE, stringFlag, stringFlags } from "./parse-command-args.js";

/** The people a greeting flag can name, one `--<role>-greeting` each (interviewers: one per interviewer). */
const ROLES = ["candidate", "recruiter", "referrer"] as const;
type Role = (typeof ROLES)[number];

export const GREETING_OPTIONS: OptionSpecs = {
  "candidate-greeting": { type: "string" },
  "interviewer-greeting": { type: "string", multiple: true },
  "recruiter-greeting": { type: "string" },
  "referrer-greeting": { type: "string" },
};

export const EDIT_GREETING_OPTIONS: OptionSpecs = {
  "candidate-greeting": { type: "string" },
  "recruiter-greeting": { type: "string" },
  "referrer-greeting": { type: "string" },
};

export const GREETING_OPTIONS_HELP = `  --candidate-greeting TEXT --recruiter-greeting TEXT --referrer-greeting TEXT
  --interviewer-greeting TEXT  one per --interviewer, in order ("" for none)
                             how the emails greet them ("Ming" for Li Ming, "Dr. Li"); default: the
                             first word of the name`;

export const EDIT_GREETING_OPTIONS_HELP = `  --candidate-greeting TEXT|none --recruiter-greeting TEXT|none --referrer-greeting TEXT|none
                             how the emails greet them; alone, it keeps the person and changes only
                             the greeting; --recruiter or --referrer alone keeps the stored greeting
                             while the new name shares a word with it`;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** `contact` with `greeting` set, or without one when it is undefined. */
function withGreeting(
  contact: Record<string, unknown>,
  greeting: string | undefined,
): Record<string, unknown> {
  const { greeting: _old, ...rest } = contact;
  return greeting === undefined ? rest : { ...rest, greeting };
}

/** A flag's greeting, trimmed; undefined for none (`""`, or `none` in either command). */
function greetingOf(raw: string): string | undefined {
  const greeting = raw.trim();
  return greeting === "" || greeting === NONE ? undefined : greeting;
}

/** Why a flag's person cannot take a greeting: absent, or not a person (a string in the file). */
function noOneToGreet(flag: string, role: string, value: unknown, where: string): never {
  throw usageError(
    value === undefined || value === null
      ? `${flag} needs ${where}`
      : `${flag}: the ${role} in --file must be an object {name, email}, not ${JSON.stringify(value)}`,
  );
}

/**
 * Sets the greeting flags of `add` and `preview` on the body's people, whether the flags or the file gave
 * them. A greeting for someone the body does not have is a usage error, not a greeting dropped; `""` or
 * `none` leaves the person without one.
 */
export function applyGreetings(body: Record<string, unknown>, values: OptionValues): void {
  for (const role of ROLES) {
    const raw = stringFlag(values, `${role}-greeting`);
    if (raw === undefined) continue;
    const contact = body[role];
    if (!isRecord(contact))
      noOneToGreet(`--${role}-greeting`, role, contact, `--${role} (or the ${role} in --file)`);
    body[role] = withGreeting(contact, greetingOf(raw));
  }
  const greetings = stringFlags(values, "interviewer-greeting");
  if (greetings.length === 0) return;
  const interviewers = Array.isArray(body.interviewers) ? body.interviewers : [];
  if (greetings.length > interviewers.length)
    throw usageError(
      `${greetings.length} --interviewer-greeting for ${interviewers.length} interviewer(s): give one per --interviewer, in order ("" for none)`,
    );
  body.interviewers = interviewers.map((interviewer: unknown, i) => {
    const raw = greetings[i];
    if (raw === undefined) return interviewer;
    if (!isRecord(interviewer))
      noOneToGreet(
        `--interviewer-greeting (the ${i + 1}.)`,
        `interviewer ${i + 1}`,
        interviewer,
        "an interviewer",
      );
    return withGreeting(interviewer, greetingOf(raw));
  });
}

/** What PATCH takes back of a person the view shows (the view's fields are the input's, by role). */
function editableContact(role: Role, contact: ContactView): Record<string, unknown> {
  const { name, email, greeting, timezone, country, links } = contact;
  const fields =
    role === "candidate" ? { name, email, greeting, links } : { name, email, greeting, timezone, country };
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
}

/**
 * `--recruiter "Name <email>"` (or `--referrer`) without a greeting flag: the stored person's greeting
 * stays while the new name shares a word with it (an email or a name's typo fixed), as in the web edit
 * form, and is dropped for someone else.
 */
async function keepGreetingOnRename(
  patch: Record<string, unknown>,
  role: Role,
  flag: string | undefined,
  current: () => Promise<InterviewView>,
): Promise<void> {
  const given = patch[role];
  // `--recruiter none` left null here, and a person from --file is taken as written.
  if (flag === undefined || !isRecord(given) || typeof given.name !== "string") return;
  const stored = (await current())[role]?.greeting;
  const kept = stored ? greetingAfterRename(stored, given.name) : "";
  if (kept) patch[role] = withGreeting(given, kept);
}

/**
 * Sets the greeting flags of `edit` on the patch: on the person the patch names (`--recruiter`, the
 * file), or else on the interview's own, fetched by `current`, so the greeting changes and the person
 * stays. `none` clears it.
 */
export async function applyEditGreetings(
  patch: Record<string, unknown>,
  values: OptionValues,
  current: () => Promise<InterviewView>,
): Promise<void> {
  for (const role of ROLES) {
    const raw = stringFlag(values, `${role}-greeting`);
    if (raw === undefined) {
      await keepGreetingOnRename(patch, role, stringFlag(values, role), current);
      continue;
    }
    const flag = `--${role}-greeting`;
    if (raw.trim() === "") throw usageError(`${flag} must not be empty (none clears it)`);
    const given = patch[role];
    if (given === null)
      throw usageError(`${flag}: the ${role} is being removed (none, or null in --file): no one to greet`);
    if (given !== undefined) {
      if (!isRecord(given)) noOneToGreet(flag, role, given, "");
      patch[role] = withGreeting(given, greetingOf(raw));
      continue;
    }
    const contact = (await current())[role];
    if (!contact)
      throw usageError(`the interview has no ${role}: give --${role} "Name <email>" with ${flag}`);
    patch[role] = withGreeting(editableContact(role, contact), greetingOf(raw));
  }
}
