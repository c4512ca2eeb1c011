import { describe, expect, it } from "vitest";
import { hoistSharedSchemas } from "../../../../shared/api/hoist-shared-schemas.js";
import { openApiDocument } from "../../../../shared/api/openapi-document.js";
import { inlineRefs } from "../../../support/inline-refs.js";

const step = { type: "object", properties: { id: { type: "string" } } };
const view = { type: "object", properties: { steps: { type: "array", items: step } } };

describe("hoistSharedSchemas", () => {
  it("references each named part wherever it appears, nested ones too, and loses nothing", () => {
    const paths = {
      "/a": { get: { schema: view } },
      "/b": { get: { schema: { type: "object", properties: { item: view } } } },
      "/c": { get: { schema: { type: "string" } } },
    };
    const { document, components } = hoistSharedSchemas(paths, { schemas: { View: view, Step: step } });

    expect(document["/a"].get.schema).toEqual({ $ref: "#/components/schemas/View" });
    expect(document["/c"]).toEqual(paths["/c"]);
    expect(components.schemas?.View).toEqual({
      type: "object",
      properties: { steps: { type: "array", items: { $ref: "#/components/schemas/Step" } } },
    });
    expect(inlineRefs({ paths: document, components }).paths).toEqual(paths);
  });

  it("leaves out a named part nothing references", () => {
    const { components } = hoistSharedSchemas({ a: { type: "string" } }, { schemas: { Step: step } });
    expect(components).toEqual({});
  });
});

describe("the OpenAPI document's shared parts", () => {
  const doc = openApiDocument() as { paths: unknown; components: Record<string, Record<string, unknown>> };

  it("names the interview's view, its input and the common error answers once", () => {
    expect(Object.keys(doc.components.schemas ?? {})).toEqual(
      expect.arrayContaining(["Interview", "InterviewInput", "FieldIssues"]),
    );
    expect(Object.keys(doc.components.responses ?? {})).toContain("internal_error");
    // Every reference resolves (inlineRefs throws on one to nothing) and none is left.
    expect(JSON.stringify(inlineRefs(doc))).not.toContain("$ref");
  });

  it("stays small enough to be held as text by the openapi Lambda (152 KB when every part was inline)", () => {
    expect(JSON.stringify(doc).length).toBeLessThan(80 * 1024);
  });
});
