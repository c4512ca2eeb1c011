import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, it } from "vitest";
import { apiEvent, errorOf, invoke } from "../../../support/api-event.js";
import { HANDLER_ENV } from "../../../support/handler-env.js";
import { httpHandlerTestEnv } from "../../../support/http-handler-test-env.js";
import { interviewInput } from "../../../support/interview-input.js";

const testEnv = httpHandlerTestEnv();
const { ddb } = testEnv;
const create = (await import("../../../../functions/http/create-interview.js")).handler;
const preview = (await import("../../../../functions/http/preview-plan.js")).handler;
const update = (await import("../../../../functions/http/update-interview.js")).handler;

const SENDING = HANDLER_ENV.MAIL_FROM_ADDRESS;
const REPLY_DOMAIN = HANDLER_ENV.REPLY_DOMAIN;
const LOOP = "must not be an address in our reply domain: the mail would come back to us";
const SELF = "must not be our own sending address: the mail would come back to us";

const post = (handler: typeof create, path: string, body: unknown) =>
  invoke(handler, apiEvent({ method: "POST", path, body }));

describe("our own addresses as contacts (a mail loop inside AWS)", () => {
  it.each([
    [
      "the sending address as an interviewer (any case)",
      { interviewers: [{ name: "Us", email: SENDING.toUpperCase() }] },
      "interviewers.0.email",
      SELF,
    ],
    [
      "a reply address as the recruiter",
      { recruiter: { name: "Us", email: `r-01abc-s1-0123@${REPLY_DOMAIN}` } },
      "recruiter.email",
      LOOP,
    ],
    [
      "an address under the reply domain as the referrer",
      { referrer: { name: "Us", email: `x@a.${REPLY_DOMAIN}` } },
      "referrer.email",
      LOOP,
    ],
    [
      "an address in the reply domain as the candidate",
      { candidate: { name: "Us", email: `me@${REPLY_DOMAIN}` } },
      "candidate.email",
      LOOP,
    ],
  ])(
    "POST /interviews refuses %s with 400 naming the field, and stores nothing",
    async (_, overrides, field, problem) => {
      const res = await post(create, "/interviews", interviewInput(overrides));

      expect(res.statusCode).toBe(400);
      expect(errorOf(res)).toMatchObject({ code: "validation_failed", issues: [{ field, problem }] });
      expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
      expect(testEnv.table.items.size).toBe(0);
    },
  );

  it("keeps contacts in other domains that merely end like ours", async () => {
    const res = await post(
      create,
      "/interviews",
      interviewInput({ recruiter: { name: "Rita", email: `rita@not${REPLY_DOMAIN}` } }),
    );
    expect(res.statusCode, res.text).toBe(201);
  });

  it("POST /plan/preview refuses the sending address too", async () => {
    const res = await post(
      preview,
      "/plan/preview",
      interviewInput({ recruiter: { name: "Us", email: SENDING } }),
    );
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "recruiter.email", problem: SELF }]);
  });

  it("PATCH refuses a new contact in the reply domain and leaves the interview as it was", async () => {
    const created = await post(create, "/interviews", interviewInput());
    const id = (created.json as { id: string }).id;
    const before = structuredClone(testEnv.table.items.get(`INTERVIEW#${id}|INTERVIEW`));

    const res = await invoke(
      update,
      apiEvent({
        method: "PATCH",
        path: `/interviews/${id}`,
        pathParameters: { id },
        body: { referrer: { name: "Us", email: `loop@${REPLY_DOMAIN}` } },
      }),
    );

    expect(res.statusCode).toBe(400);
    expect(errorOf(res).issues).toEqual([{ field: "referrer.email", problem: LOOP }]);
    expect(testEnv.table.items.get(`INTERVIEW#${id}|INTERVIEW`)).toEqual(before);
  });
});
