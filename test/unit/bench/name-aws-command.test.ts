import { describe, expect, it } from "vitest";
import { nameAwsCommand } from "../../../bench/calls/name-aws-command.js";

describe("nameAwsCommand", () => {
  it("reads a DynamoDB command from X-Amz-Target", () => {
    expect(
      nameAwsCommand("DynamoDB", {
        method: "POST",
        url: "/",
        target: "DynamoDB_20120810.TransactWriteItems",
      }),
    ).toBe("TransactWriteItems");
  });

  it("names Scheduler commands by method on a schedule path, query string ignored", () => {
    const at = (method: string) =>
      nameAwsCommand("Scheduler", { method, url: "/schedules/fu-abc-s1?groupName=g" });
    expect([at("POST"), at("GET"), at("PUT"), at("DELETE")]).toEqual([
      "CreateSchedule",
      "GetSchedule",
      "UpdateSchedule",
      "DeleteSchedule",
    ]);
    expect(nameAwsCommand("Scheduler", { method: "GET", url: "/schedules?NamePrefix=fu" })).toBe(
      "ListSchedules",
    );
  });

  it("names SES SendEmail and S3 object commands", () => {
    expect(nameAwsCommand("SESv2", { method: "POST", url: "/v2/email/outbound-emails" })).toBe("SendEmail");
    expect(nameAwsCommand("S3", { method: "GET", url: "/bucket/inbound/abc?x-id=GetObject" })).toBe(
      "GetObject",
    );
    expect(nameAwsCommand("S3", { method: "PUT", url: "/bucket/inbound/abc" })).toBe("PutObject");
    expect(nameAwsCommand("S3", { method: "GET", url: "/bucket?list-type=2" })).toBe("ListObjectsV2");
  });

  it("keeps an unknown request visible by its method and path", () => {
    expect(nameAwsCommand("SESv2", { method: "GET", url: "/v2/email/account?x=1" })).toBe(
      "GET /v2/email/account",
    );
    expect(nameAwsCommand("DynamoDB", { method: "POST", url: "/" })).toBe("POST /");
  });
});
