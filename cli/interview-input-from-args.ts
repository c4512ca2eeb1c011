import type { CliIo } from "./cli-io.js";
import type { OptionValues } from "./command.js";
import { applyGreetings } from "./contact-greetings.js";
import { stringFlag, stringFlags } from "./parse-command-args.js";
import { parseContact } from "./parse-contact.js";
import { readInputFile } from "./read-input-file.js";
import { toOffsetDateTime } from "./to-offset-date-time.js";

const systemZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * The body of POST /interviews and /plan/preview from `--file` and the flags. The API validates it and
 * names any field it refuses; here only what the flags' own shapes need is checked.
 */
export async function interviewInputFromArgs(
  values: OptionValues,
  io: CliIo,
): Promise<Record<string, unknown>> {
  const file = stringFlag(values, "file");
  const body: Record<string, unknown> = file ? await readInputFile(file, io) : {};
  const set = (field: string, value: unknown) => {
    if (value !== undefined) body[field] = value;
  };
  for (const field of ["company", "role", "round", "country", "region", "mode", "cadence", "notes"])
    set(field, stringFlag(values, field));
  set("applicationId", stringFlag(values, "application"));
  set("decisionExpectedBy", stringFlag(values, "decision-by"));
  set("timezone", stringFlag(values, "timezone"));
  if (body.timezone === undefined) body.timezone = systemZone();
  if (body.mode === undefined) body.mode = "send";
  const at = stringFlag(values, "at");
  if (at !== undefined) body.interviewedAt = toOffsetDateTime(at, String(body.timezone), "--at");
  const candidate = stringFlag(values, "candidate");
  if (candidate !== undefined) body.candidate = parseContact(candidate, "--candidate");
  const interviewers = stringFlags(values, "interviewer");
  if (interviewers.length > 0)
    body.interviewers = interviewers.map((i) => parseContact(i, "--interviewer", false));
  for (const role of ["recruiter", "referrer"]) {
    const contact = stringFlag(values, role);
    if (contact !== undefined) body[role] = parseContact(contact, `--${role}`);
  }
  applyGreetings(body, values);
  return body;
}
