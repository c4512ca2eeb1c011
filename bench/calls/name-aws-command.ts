/** The AWS services whose calls the calls bench counts, each behind its own counting proxy. */
export type AwsService = "DynamoDB" | "Scheduler" | "SESv2" | "S3";

export interface AwsRequest {
  method: string;
  /** The request path, query string included. */
  url: string;
  /** The X-Amz-Target header, if any (JSON-protocol services such as DynamoDB). */
  target?: string | undefined;
}

const SCHEDULER_BY_METHOD: Record<string, string> = {
  POST: "CreateSchedule",
  GET: "GetSchedule",
  PUT: "UpdateSchedule",
  DELETE: "DeleteSchedule",
};

const S3_OBJECT_BY_METHOD: Record<string, string> = {
  GET: "GetObject",
  PUT: "PutObject",
  DELETE: "DeleteObject",
  HEAD: "HeadObject",
};

function schedulerCommand(method: string, path: string): string {
  if (/^\/schedules\/[^/]+$/.test(path)) return SCHEDULER_BY_METHOD[method] ?? `${method} schedule`;
  if (path === "/schedules" && method === "GET") return "ListSchedules";
  if (/^\/schedule-groups\/[^/]+$/.test(path)) {
    return method === "POST"
      ? "CreateScheduleGroup"
      : method === "DELETE"
        ? "DeleteScheduleGroup"
        : "GetScheduleGroup";
  }
  return `${method} ${path}`;
}

function sesCommand(method: string, path: string): string {
  if (method === "POST" && path === "/v2/email/outbound-emails") return "SendEmail";
  if (method === "POST" && path === "/v2/email/outbound-bulk-emails") return "SendBulkEmail";
  return `${method} ${path}`;
}

function s3Command(method: string, path: string, query: string): string {
  const segments = path.split("/").filter(Boolean);
  if (segments.length >= 2) return S3_OBJECT_BY_METHOD[method] ?? `${method} object`;
  if (segments.length === 1 && method === "GET")
    return query.includes("list-type=2") ? "ListObjectsV2" : "ListObjects";
  return `${method} ${path}`;
}

/**
 * The SDK command a request to one service stands for: DynamoDB names it in X-Amz-Target
 * ("DynamoDB_20120810.GetItem"); Scheduler, SESv2 and S3 are REST, so the method and path say it.
 * An unrecognised request is named by its method and path, so it still shows up in the counts.
 */
export function nameAwsCommand(service: AwsService, request: AwsRequest): string {
  const [path = "/", query = ""] = request.url.split("?", 2);
  const method = request.method.toUpperCase();
  switch (service) {
    case "DynamoDB": {
      const op = request.target?.split(".").pop();
      return op ? op : `${method} ${path}`;
    }
    case "Scheduler":
      return schedulerCommand(method, path);
    case "SESv2":
      return sesCommand(method, path);
    case "S3":
      return s3Command(method, path, query);
  }
}
