import type { Interview } from "../../shared/domain/interview.js";
import type { Step } from "../../shared/domain/step.js";
import { createInterview } from "../../shared/use-cases/create-interview.js";
import type { UsageDeps } from "../../shared/use-cases/reserve-usage.js";
import type { SendDeps } from "../../shared/use-cases/send-ports.js";
import { FakeMailer } from "./fake-mailer.js";
import { InMemoryOwnerEmailGate } from "./in-memory-owner-email-gate.js";
import { InMemorySuppressionList } from "./in-memory-suppression-list.js";
import { interviewDetails, type TestDeps, testDeps } from "./test-deps.js";

export type SendTestDeps = TestDeps &
  SendDeps & { mailer: FakeMailer; suppressions: InMemorySuppressionList; gate: InMemoryOwnerEmailGate };

/** Fresh fakes for every port sendStep takes; each step's Reply-To is made from its interview and step ids. */
export function sendTestDeps(): SendTestDeps {
  // The gate reads the suppression list, as the owner record's marks follow it in DynamoDB.
  const suppressions = new InMemorySuppressionList();
  return {
    ...testDeps(),
    mailer: new FakeMailer(),
    suppressions,
    gate: new InMemoryOwnerEmailGate(suppressions),
    links: (interview, step) => ({
      replyTo: `r-${interview.id.toLowerCase()}-${step.id}@reply.example.test`,
    }),
  };
}

/** A registered interview of `owner`, the clock at the moment its `kind` step fires, and that step. */
export async function dueStep(
  deps: TestDeps & { usage?: UsageDeps },
  kind: Step["kind"] = "thank_you",
  owner = "user-1",
): Promise<{ interview: Interview; step: Step }> {
  const interview = await createInterview(deps, { owner, details: interviewDetails() });
  const step = interview.steps.find((s) => s.kind === kind);
  if (!step) throw new Error(`no ${kind} step`);
  deps.clock.set(step.sendAt);
  return { interview, step };
}
