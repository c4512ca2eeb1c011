import { describe, expect, it } from "vitest";
import { openApiResponseChecker } from "../../support/openapi-response-checker.js";

const document = {
  openapi: "3.0.3",
  info: { title: "t", version: "1" },
  components: {
    schemas: { Thing: { type: "object", properties: { id: { type: "string" } }, required: ["id"] } },
    responses: {
      missing: {
        description: "Not there",
        content: {
          "application/json": {
            schema: {
              type: "object",
              properties: {
                error: { type: "object", properties: { code: { type: "string", enum: ["gone"] } } },
              },
              required: ["error"],
            },
          },
        },
      },
    },
  },
  paths: {
    "/things": {
      post: {
        responses: {
          "201": {
            description: "Made",
            headers: { Location: { required: true, schema: { type: "string" } } },
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
          "404": { $ref: "#/components/responses/missing" },
          "503": {
            description: "Down",
            headers: { "Retry-After": { required: true, schema: { type: "integer", minimum: 1 } } },
          },
        },
      },
    },
    "/things/{id}": { delete: { responses: { "204": { description: "Gone" } } } },
  },
};

const answer = (status: number, body: unknown, headers: Record<string, string> = {}) => ({
  status,
  headers: new Headers({ "content-type": "application/json", ...headers }),
  text: body === undefined ? "" : JSON.stringify(body),
});

describe("openApiResponseChecker", () => {
  const { operations, problems } = openApiResponseChecker(document);

  it("lists the operations as METHOD /path", () => {
    expect(operations).toEqual(["POST /things", "DELETE /things/{id}"]);
  });

  it("passes an answer the document describes, following $refs into components", () => {
    expect(problems("POST /things", answer(201, { id: "1" }, { location: "/things/1" }))).toEqual([]);
    expect(problems("POST /things", answer(404, { error: { code: "gone" } }))).toEqual([]);
    expect(problems("DELETE /things/{id}", answer(204, undefined))).toEqual([]);
  });

  it("names an undocumented status, a body that breaks its schema and a body where none is described", () => {
    expect(problems("POST /things", answer(418, {}))).toEqual([
      "POST /things answered 418, which it does not document",
    ]);
    expect(problems("POST /things", answer(404, { error: { code: "lost" } }))[0]).toMatch(
      /404: the body does not match the schema: \/error\/code must be equal to one of the allowed values/,
    );
    expect(problems("DELETE /things/{id}", answer(204, { id: "1" }))).toEqual([
      "DELETE /things/{id} 204: the body is application/json, the document says no body",
    ]);
  });

  it("names a missing required header, a header that breaks its schema and an undocumented API header", () => {
    expect(problems("POST /things", answer(201, { id: "1" }))).toEqual([
      "POST /things 201: the required header Location is missing",
    ]);
    expect(problems("POST /things", answer(503, undefined, { "retry-after": "0" }))).toEqual([
      'POST /things 503: header Retry-After: "0" does not match its schema',
    ]);
    expect(
      problems("POST /things", answer(404, { error: { code: "gone" } }, { "retry-after": "5" })),
    ).toEqual(["POST /things 404: sends the header retry-after, which is not documented"]);
  });

  it("refuses an operation the document does not have", () => {
    expect(problems("GET /nothing", answer(200, {}))).toEqual(["GET /nothing is not in the document"]);
  });
});
