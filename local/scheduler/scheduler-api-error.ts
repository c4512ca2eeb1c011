/** The modelled Scheduler errors; the type goes in `x-amzn-errortype`, so the SDK throws its own class. */
export type SchedulerErrorType =
  | "ValidationException"
  | "ResourceNotFoundException"
  | "ConflictException"
  | "InternalServerException"
  | "UnknownOperationException";

const STATUS: Record<SchedulerErrorType, number> = {
  ValidationException: 400,
  ResourceNotFoundException: 404,
  ConflictException: 409,
  InternalServerException: 500,
  UnknownOperationException: 404,
};

export class SchedulerApiError extends Error {
  readonly status: number;

  constructor(
    readonly type: SchedulerErrorType,
    message: string,
  ) {
    super(message);
    this.name = type;
    this.status = STATUS[type];
  }
}

export const validationError = (message: string) => new SchedulerApiError("ValidationException", message);
export const notFoundError = (message: string) => new SchedulerApiError("ResourceNotFoundException", message);
export const conflictError = (message: string) => new SchedulerApiError("ConflictException", message);
