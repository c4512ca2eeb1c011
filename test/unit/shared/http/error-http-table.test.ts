import { describe, expect, it } from "vitest";
import {
  AppError,
  DependencyUnavailableError,
  MalformedJsonError,
  NotFoundError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from "../../../../shared/errors/app-error.js";
import { ChainNotActiveError } from "../../../../shared/errors/chain-not-active-error.js";
import { ERROR_CODE_NAMES } from "../../../../shared/errors/error-codes.js";
import {
  IdempotencyInProgressError,
  IdempotencyKeyReusedError,
} from "../../../../shared/errors/idempotency-errors.js";
import { itemTooLargeAfterEdit } from "../../../../shared/errors/item-too-large-after-edit.js";
import { ItemTooLargeError } from "../../../../shared/errors/item-too-large-error.js";
import { PreconditionFailedError } from "../../../../shared/errors/precondition-failed-error.js";
import { QuotaExceededError } from "../../../../shared/errors/quota-exceeded-error.js";
import { StepNotPendingError } from "../../../../shared/errors/step-not-pending-error.js";
import { VersionConflictError } from "../../../../shared/errors/version-conflict-error.js";
import { ERROR_HTTP } from "../../../../shared/http/error-http-table.js";
import { errorToResponse } from "../../../../shared/http/error-to-response.js";

const NOW = new Date("2026-12-01T10:00:00.000Z");

// What each error answered on the wire before errors lost their statuses: the table must keep it.
const ON_THE_WIRE: [AppError, number, string, string | undefined][] = [
  [new ValidationError([{ field: "name", problem: "is required" }]), 400, "validation_failed", undefined],
  [new MalformedJsonError("Unexpected end"), 400, "malformed_json", undefined],
  [new UnauthorizedError(), 401, "unauthorized", undefined],
  [new NotFoundError("Interview"), 404, "not_found", undefined],
  [new ChainNotActiveError({ status: "stopped", stopReason: "offer" }), 409, "chain_not_active", undefined],
  [new StepNotPendingError([{ id: "s1", status: "sent" }]), 409, "step_not_pending", undefined],
  [new VersionConflictError("01K"), 409, "version_conflict", undefined],
  [new IdempotencyInProgressError(2.5), 409, "idempotency_in_progress", "3"],
  [new PreconditionFailedError('"v3"'), 412, "precondition_failed", undefined],
  [new ItemTooLargeError("01K"), 413, "interview_too_large", undefined],
  [itemTooLargeAfterEdit("01K", 300_000, 280_000), 413, "interview_too_large", undefined],
  [new PayloadTooLargeError(1024), 413, "payload_too_large", undefined],
  [new UnsupportedMediaTypeError(), 415, "unsupported_media_type", undefined],
  [new IdempotencyKeyReusedError(), 422, "idempotency_key_reused", undefined],
  [
    new QuotaExceededError("emails_per_day", 50, NOW, new Date("2026-12-02T00:00:00.000Z")),
    429,
    "quota_exceeded",
    String(14 * 3600),
  ],
  [new QuotaExceededError("contact_replacements_per_interview", 3, NOW), 429, "quota_exceeded", undefined],
  [new DependencyUnavailableError("The table"), 503, "service_unavailable", "5"],
];

describe("the code -> HTTP table", () => {
  it.each(ON_THE_WIRE)("answers %s with %i %s (Retry-After %s)", (err, status, code, retryAfter) => {
    const res = errorToResponse(err);

    expect(res.statusCode).toBe(status);
    expect(JSON.parse(res.body ?? "").error.code).toBe(code);
    expect(res.headers?.["retry-after"]).toBe(retryAfter);
  });

  it("covers every code the errors above raise, and every code of the catalogue", () => {
    expect(Object.keys(ERROR_HTTP).sort()).toEqual([...ERROR_CODE_NAMES].sort());
    const raised = new Set(ON_THE_WIRE.map(([, , code]) => code));
    expect([...ERROR_CODE_NAMES].filter((c) => !raised.has(c))).toEqual(["internal_error"]);
  });

  it("never shows the message of an internal_error, even one we raised", () => {
    const res = errorToResponse(new AppError("internal_error", "item INTERVIEW#1 has no steps"));

    expect(res.statusCode).toBe(500);
    expect(res.body).not.toContain("INTERVIEW#1");
  });

  it("says when to retry only for the codes whose table entry says so", () => {
    const withHeader = ERROR_CODE_NAMES.filter((c) => ERROR_HTTP[c].retryAfter !== undefined).sort();
    expect(withHeader).toEqual(["idempotency_in_progress", "quota_exceeded", "service_unavailable"]);
  });
});
