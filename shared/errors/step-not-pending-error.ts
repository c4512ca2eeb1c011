import { ConflictError } from "./app-error.js";

/** New wording was asked for steps that are no longer pending (sent, cancelled...). */
export class StepNotPendingError extends ConflictError {
  constructor(settled: readonly { id: string; status: string }[]) {
    super(
      "step_not_pending",
      `Only pending steps can get new wording; ${settled.map((s) => `${s.id} is ${s.status}`).join(", ")}.`,
    );
  }
}
