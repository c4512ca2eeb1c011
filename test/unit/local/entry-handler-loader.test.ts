import { describe, expect, it } from "vitest";
import { entryFunctionName } from "../../../local/entry-function-name.js";
import { entryHandlerLoader } from "../../../local/entry-handler-loader.js";
import { lambdaContext } from "../../../local/lambda-context.js";

describe("loading an entry's handler", () => {
  it("imports the entry once and hands back the same handler after", async () => {
    const load = entryHandlerLoader();
    const entry = "test/fixtures/handler-threads/echo-handler.ts";
    const handler = await load(entry);
    expect(await load(entry)).toBe(handler);
    await expect(handler({}, lambdaContext("followup-echo"))).resolves.toMatchObject({
      functionName: "followup-echo",
    });
  });

  it("names the function after the entry's file", () => {
    expect(entryFunctionName("functions/sender.ts")).toBe("sender");
    expect(entryFunctionName("functions/http/create-interview.ts")).toBe("create-interview");
  });
});
