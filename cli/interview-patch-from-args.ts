import type { InterviewView } from "./api-types.js";
import { usageError } from "./cli-error.js";
import type { CliIo } from "./cli-io.js";
import type { OptionValues } from "./command.js";
import { applyEditGreetings } from "./contact-greetings.js";
import { NONE, stringFlag } from "./parse-command-args.js";
import { parseContact } from "./parse-contact.js";
import { readInputFile } from "./read-input-file.js";
import { toOffsetDateTime } from "./to-offset-date-time.js";

/**
 * The body of PATCH /interviews/{id} from `--file` (any subset of the fields) and the flags. `current`
 * fetches the interview when a flag needs it (its zone for a local `--at`, a person whose greeting alone
 * changes).
 */
export async function interviewPatchFromArgs(
  values: OptionValues,
  io: CliIo,
  current: () => Promise<InterviewView>,
): Promise<Record<string, unknown>> {
  const file = stringFlag(values, "file");
  const patch: Record<string, unknown> = file ? await readInputFile(file, io) : {};
  for (const field of ["company", "role", "round", "country", "region", "mode", "cadence", "timezone"]) {
    const v = stringFlag(values, field);
    if (v !== undefined) patch[field] = v;
  }
  const notes = stringFlag(values, "notes");
  if (notes !== undefined) patch.notes = notes === NONE ? null : notes;
  const decision = stringFlag(values, "decision-by");
  if (decision !== undefined) patch.decisionExpectedBy = decision === NONE ? null : decision;
  for (const role of ["recruiter", "referrer"]) {
    const v = stringFlag(values, role);
    if (v !== undefined) patch[role] = v === NONE ? null : parseContact(v, `--${role}`);
  }
  await applyEditGreetings(patch, values, current);
  const at = stringFlag(values, "at");
  if (at !== undefined) {
    const zone = typeof patch.timezone === "string" ? patch.timezone : (await current()).timezone;
    patch.interviewedAt = toOffsetDateTime(at, zone, "--at");
  }
  if (Object.keys(patch).length === 0)
    throw usageError(
      "edit: nothing to change; pass a flag such as --decision-by or a --file; see `followup edit --help`",
    );
  return patch;
}
