import { randomUUID } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { readBodyUpTo } from "../read-body-up-to.js";
import type { SchedulerApi } from "./scheduler-api.js";
import { SchedulerApiError, validationError } from "./scheduler-api-error.js";

const MAX_BODY_BYTES = 1024 * 1024;

/**
 * Routes the restJson1 requests of `@aws-sdk/client-scheduler` to the API. Signatures are not checked
 * (any credentials work locally). Every failure becomes a typed Scheduler error, never a crash.
 */
export function createSchedulerHttpHandler(
  api: SchedulerApi,
  log: (line: string) => void,
): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    handle(api, req)
      .then((body) => send(res, 200, body))
      .catch((err: unknown) => {
        if (err instanceof SchedulerApiError) {
          send(res, err.status, { Message: err.message }, err.type);
          return;
        }
        log(`scheduler: internal error on ${req.method} ${req.url}: ${(err as Error)?.stack ?? String(err)}`);
        send(res, 500, { Message: "Internal error in the scheduler emulator." }, "InternalServerException");
      });
  };
}

async function handle(api: SchedulerApi, req: IncomingMessage): Promise<Record<string, unknown>> {
  const url = new URL(req.url ?? "/", "http://localhost");
  const query = url.searchParams;
  const method = req.method ?? "GET";
  const schedule = /^\/schedules\/([^/]+)$/.exec(url.pathname);
  const group = /^\/schedule-groups\/([^/]+)$/.exec(url.pathname);

  if (schedule?.[1] !== undefined) {
    const name = decodeSegment(schedule[1]);
    const groupName = query.get("groupName") ?? undefined;
    switch (method) {
      case "POST":
        return api.createSchedule(name, await readJson(req));
      case "PUT":
        return api.updateSchedule(name, await readJson(req));
      case "GET":
        return api.getSchedule(name, groupName);
      case "DELETE":
        return api.deleteSchedule(name, groupName);
    }
  } else if (group?.[1] !== undefined) {
    const name = decodeSegment(group[1]);
    switch (method) {
      case "POST":
        return api.createScheduleGroup(name, await readJson(req));
      case "GET":
        return api.getScheduleGroup(name);
      case "DELETE":
        return api.deleteScheduleGroup(name);
    }
  } else if (url.pathname === "/schedules" && method === "GET") {
    return api.listSchedules(query);
  } else if (url.pathname === "/schedule-groups" && method === "GET") {
    return api.listScheduleGroups(query);
  }
  throw new SchedulerApiError(
    "UnknownOperationException",
    `The emulator does not support ${method} ${url.pathname}.`,
  );
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw validationError(`Malformed path segment '${segment}'.`);
  }
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const raw = await readBodyUpTo(req, MAX_BODY_BYTES);
  if (!raw) throw validationError("Request body is too large.");
  const text = raw.toString("utf8");
  if (text.trim() === "") return {};
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw validationError("The request body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw validationError("The request body must be a JSON object.");
  }
  return body;
}

function send(res: ServerResponse, status: number, body: Record<string, unknown>, errorType?: string): void {
  if (res.headersSent) return;
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "x-amzn-requestid": randomUUID(),
  };
  if (errorType) headers["x-amzn-errortype"] = errorType;
  res.writeHead(status, headers);
  res.end(text);
}
