import { describe, expect, it } from "vitest";
import { interviewInputSchema, interviewPatchSchema } from "../../../../shared/api/interview-input-schema.js";
import { openApiDocument } from "../../../../shared/api/openapi-document.js";
import { refuseOwnAddresses } from "../../../../shared/api/refuse-own-addresses.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";
import { zodIssues } from "../../../../shared/errors/zod-issues.js";
import { useFixedSystemTime } from "../../../support/fixed-clock.js";
import { inlineRefs } from "../../../support/inline-refs.js";
import { interviewInput } from "../../../support/interview-input.js";

useFixedSystemTime();

function issues(body: unknown) {
  const result = interviewInputSchema.safeParse(body);
  return result.success ? [] : zodIssues(result.error);
}

const ANN = { name: "Ann Lee", email: "ann@acme.test" };

describe("interviewInputSchema: interviewers without an address", () => {
  it("accepts an interviewer with a name only, and keeps the others' addresses", () => {
    const parsed = interviewInputSchema.parse(
      interviewInput({ interviewers: [ANN, { name: "  Bo Chen ", topics: ["caching"] }] }),
    );
    expect(parsed.interviewers).toEqual([ANN, { name: "Bo Chen", topics: ["caching"] }]);
  });

  it("accepts a panel where no one has an address", () => {
    expect(issues(interviewInput({ interviewers: [{ name: "Bo Chen" }] }))).toEqual([]);
  });

  it("still needs at least one interviewer", () => {
    expect(issues(interviewInput({ interviewers: [] }))).toEqual([
      { field: "interviewers", problem: "needs at least one interviewer" },
    ]);
  });

  it.each([
    ["an empty address", ""],
    ["a malformed address", "not-an-address"],
    ["null", null],
  ])("refuses %s where an address is given, naming the field", (_, email) => {
    const found = issues(interviewInput({ interviewers: [ANN, { name: "Bo Chen", email }] }));
    expect(found.map((i) => i.field)).toEqual(["interviewers.1.email"]);
  });

  it("still refuses the candidate's own address on an interviewer next to one without", () => {
    expect(
      issues(
        interviewInput({ interviewers: [{ name: "Bo Chen" }, { name: "Cara", email: "Cara@example.com" }] }),
      ),
    ).toEqual([{ field: "interviewers.1.email", problem: "must not be the candidate's own address" }]);
  });

  it("still needs the recruiter's and the referrer's address", () => {
    const found = issues(
      interviewInput({ recruiter: { name: "Rita Ruiz" }, referrer: { name: "Ray Reed" } }),
    );
    expect(found.map((i) => i.field).sort()).toEqual(["recruiter.email", "referrer.email"]);
  });

  it("a PATCH may list interviewers without an address", () => {
    const result = interviewPatchSchema.safeParse({ interviewers: [{ name: "Bo Chen" }] });
    expect(result.success).toBe(true);
  });
});

describe("refuseOwnAddresses: interviewers without an address", () => {
  const own = { sendingAddress: "followups@followups.test", replyDomain: "reply.followups.test" };

  it("passes over an interviewer with no address", () => {
    expect(() => refuseOwnAddresses({ interviewers: [{}] }, own)).not.toThrow();
  });

  it("still names the interviewer whose address is ours", () => {
    let thrown: unknown;
    try {
      refuseOwnAddresses({ interviewers: [{}, { email: "x@reply.followups.test" }] }, own);
    } catch (err) {
      thrown = err;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect((thrown as ValidationError).issues.map((i) => i.field)).toEqual(["interviewers.1.email"]);
  });
});

describe("OpenAPI: interviewers without an address", () => {
  type Schema = { properties?: Record<string, { items?: { required?: string[] } }> };
  const body = (
    inlineRefs(openApiDocument()) as {
      paths: Record<string, { post: { requestBody: { content: Record<string, { schema: Schema }> } } }>;
    }
  ).paths["/interviews"]?.post.requestBody.content["application/json"]?.schema;

  it("documents only the name as required for an interviewer", () => {
    expect(body?.properties?.interviewers?.items?.required).toEqual(["name"]);
  });

  it("lists panel_thanks among the step kinds", () => {
    expect(JSON.stringify(openApiDocument())).toContain('"panel_thanks"');
  });
});
