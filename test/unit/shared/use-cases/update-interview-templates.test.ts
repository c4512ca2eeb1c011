import { describe, expect, it } from "vitest";
import { interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import type { Interview } from "../../../../shared/domain/interview.js";
import { ConflictError, ValidationError } from "../../../../shared/errors/app-error.js";
import { httpStatusOf } from "../../../../shared/http/error-http-table.js";
import { composeStepEmail } from "../../../../shared/mail/compose-step-email.js";
import { createInterview } from "../../../../shared/use-cases/create-interview.js";
import { updateInterview } from "../../../../shared/use-cases/update-interview.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { interviewDetails, type TestDeps, testDeps } from "../../../support/test-deps.js";

useFixedSystemTime();

const OWNER = "user-1";

async function registered(deps: TestDeps, overrides: Record<string, unknown> = {}): Promise<Interview> {
  return createInterview(deps, { owner: OWNER, details: interviewDetails(overrides) });
}

/** A PATCH as the handler passes it: through the request schema. */
function patch(deps: TestDeps, id: string, body: unknown) {
  return updateInterview(deps, { owner: OWNER, id, patch: interviewPatchSchema.parse(body) });
}

const recruiterCheckIn = (i: Interview) => i.steps.find((s) => s.kind === "recruiter_check_in");

describe("updateInterview: the candidate's wording", () => {
  it("stores templates given at registration and keeps them through an unrelated change", async () => {
    const deps = testDeps();
    const templates = { thank_you: { subject: "Thanks, {{contact.firstName}}" } };
    const created = await registered(deps, { templates });

    const updated = await patch(deps, created.id, { notes: "went well" });

    expect(created.templates).toEqual(templates);
    expect(updated.templates).toEqual(templates);
  });

  it("replaces the templates with PATCH and drops them with null", async () => {
    const deps = testDeps();
    const created = await registered(deps, { templates: { thank_you: { subject: "Old" } } });

    const replaced = await patch(deps, created.id, {
      templates: { keep_in_touch: { body: "Hello {{company}}" } },
    });
    const cleared = await patch(deps, created.id, { templates: null });

    expect(replaced.templates).toEqual({ keep_in_touch: { body: "Hello {{company}}" } });
    expect(cleared).not.toHaveProperty("templates");
  });

  it("sets a pending step's own wording, which the email then uses, and null drops it", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const step = recruiterCheckIn(created);
    if (!step) throw new Error("expected a recruiter check-in");

    const updated = await patch(deps, created.id, {
      stepTemplates: { [step.id]: { subject: "Any news, {{contact.firstName}}?" } },
    });
    const email = composeStepEmail(updated, step, { replyTo: "r@x.test" });
    const dropped = await patch(deps, created.id, { stepTemplates: { [step.id]: null } });

    expect(updated.stepTemplates).toEqual({ [step.id]: { subject: "Any news, {{contact.firstName}}?" } });
    expect(email.subject).toBe("Any news, Rita?");
    expect(dropped).not.toHaveProperty("stepTemplates");
    expect(deps.store.peek(created.id)).not.toHaveProperty("stepTemplates");
  });

  it("answers 400 naming the field for a step the interview does not have, and changes nothing", async () => {
    const deps = testDeps();
    const created = await registered(deps);

    const error = await patch(deps, created.id, { stepTemplates: { s99: { body: "x" } } }).catch((e) => e);

    expect(error).toBeInstanceOf(ValidationError);
    expect(httpStatusOf(error.code)).toBe(400);
    expect(error.issues).toEqual([
      { field: "stepTemplates.s99", problem: "is not a step of this interview" },
    ]);
    expect(deps.store.peek(created.id)?.version).toBe(created.version);
  });

  it("answers 409 for a step that already went out", async () => {
    const deps = testDeps();
    const created = await registered(deps);
    const thanks = created.steps.find((s) => s.kind === "thank_you");
    if (!thanks) throw new Error("expected a thank-you");
    deps.store.writeConcurrently(created.id, (c) => ({
      ...c,
      steps: c.steps.map((s) => (s.id === thanks.id ? { ...s, status: "sent", sentAt: s.sendAt } : s)),
    }));

    const error = await patch(deps, created.id, { stepTemplates: { [thanks.id]: { body: "x" } } }).catch(
      (e) => e,
    );

    expect(error).toBeInstanceOf(ConflictError);
    expect(httpStatusOf(error.code)).toBe(409);
    expect(error.code).toBe("step_not_pending");
    expect(error.message).toContain(`${thanks.id} is sent`);
  });
});
