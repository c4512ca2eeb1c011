import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { DynamoInterviewStore } from "../../../../shared/adapters/dynamo-interview-store.js";
import { ValidationError } from "../../../../shared/errors/app-error.js";

const ddb = mockClient(DynamoDBDocumentClient);
const store = new DynamoInterviewStore(
  DynamoDBDocumentClient.from(new DynamoDBClient({ region: "us-east-1" })),
  "followups-test",
);
const OWNER = "auth0|cara";
const OWNER_KEY = "OWNER#auth0%7Ccara";

const ulid = fc.stringMatching(/^[0-9A-HJKMNP-TV-Z]{26}$/);
const createdAt = fc
  .date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2099-12-31T23:59:59Z"), noInvalidDate: true })
  .map((d) => d.toISOString());
const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");

/** Whatever a caller may put in `?cursor=`: noise, base64url of noise, of JSON, of near-miss keys. */
const hostileCursor = fc.oneof(
  fc.string({ unit: "binary", maxLength: 120 }),
  fc.stringMatching(/^[A-Za-z0-9_-]{1,200}$/),
  fc.jsonValue({ maxDepth: 3 }).map(encode),
  fc
    .record({
      pk: fc.oneof(
        fc.string({ maxLength: 40 }),
        ulid.map((id) => `INTERVIEW#${id}`),
      ),
      sk: fc.constantFrom("INTERVIEW", "interview", "", "SUPPRESSION"),
      gsi1pk: fc.constantFrom(OWNER_KEY, "OWNER#someone-else", "", "OWNER#auth0|cara"),
      gsi1sk: fc.oneof(
        fc.string({ maxLength: 80 }),
        fc.tuple(createdAt, ulid).map(([t, id]) => `${t}#${id}`),
      ),
    })
    .map(encode),
);

beforeEach(() => {
  ddb.reset();
  ddb.on(QueryCommand).resolves({ Items: [] });
});

describe("the list cursor, on any input", () => {
  it("either starts the query at the first page or a key of this owner's index or refuses the cursor field, never a 500", async () => {
    await fc.assert(
      fc.asyncProperty(hostileCursor, async (cursor) => {
        ddb.resetHistory();
        const out = await store.listByOwner(OWNER, { limit: 5, cursor }).catch((e: unknown) => e);
        const calls = ddb.commandCalls(QueryCommand);
        if (out instanceof Error) {
          expect(out).toBeInstanceOf(ValidationError);
          expect((out as ValidationError).issues.map((i) => i.field)).toEqual(["cursor"]);
          expect(calls).toHaveLength(0);
          return;
        }
        const start = calls[0]?.args[0].input.ExclusiveStartKey as Record<string, string> | undefined;
        // An empty cursor is no cursor: the first page.
        if (start === undefined) {
          expect(cursor).toBe("");
          return;
        }
        const id = start.gsi1sk?.split("#")[1];
        expect(start).toEqual({
          pk: `INTERVIEW#${id}`,
          sk: "INTERVIEW",
          gsi1pk: OWNER_KEY,
          gsi1sk: expect.stringMatching(/^[0-9TZ:.+-]{10,40}#[0-9A-HJKMNP-TV-Z]{26}$/),
        });
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips every key the index gives out for the owner", async () => {
    await fc.assert(
      fc.asyncProperty(ulid, createdAt, async (id, at) => {
        const lastKey = { pk: `INTERVIEW#${id}`, sk: "INTERVIEW", gsi1pk: OWNER_KEY, gsi1sk: `${at}#${id}` };
        ddb.reset();
        ddb.on(QueryCommand).resolvesOnce({ Items: [], LastEvaluatedKey: lastKey }).resolves({ Items: [] });

        const first = await store.listByOwner(OWNER, { limit: 1 });
        await store.listByOwner(OWNER, { limit: 1, cursor: first.cursor ?? "" });

        expect(ddb.commandCalls(QueryCommand)[1]?.args[0].input.ExclusiveStartKey).toEqual(lastKey);
      }),
      { numRuns: 300 },
    );
  });

  it("never accepts another owner's cursor", async () => {
    await fc.assert(
      fc.asyncProperty(ulid, createdAt, async (id, at) => {
        const theirs = {
          pk: `INTERVIEW#${id}`,
          sk: "INTERVIEW",
          gsi1pk: "OWNER#dana",
          gsi1sk: `${at}#${id}`,
        };
        const err = await store
          .listByOwner(OWNER, { limit: 1, cursor: encode(theirs) })
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(ValidationError);
      }),
      { numRuns: 200 },
    );
  });
});
