import { describe, expect, it } from "vitest";
import { plainTextOrJson, prefersPlainText } from "../../../../shared/http/plain-text-or-json.js";

const answer = { text: "Done.\n", json: { status: "done" } };

describe("plainTextOrJson", () => {
  it.each([
    ["text/html,application/xhtml+xml,*/*;q=0.8", true],
    ["TEXT/PLAIN", true],
    ["application/json", false],
    ["*/*", false],
    [undefined, false],
    // axios's default: JSON named as first choice, so an API client gets JSON
    ["application/json, text/plain, */*", false],
    ["text/html;q=0, application/json", false],
    ["text/plain;q=0", false],
    ["application/json;q=0.5, text/html", true],
  ])("reads Accept %s as a person in a browser: %s", (accept, person) => {
    const event = { headers: accept === undefined ? {} : { Accept: accept } };
    const res = plainTextOrJson(event, answer);

    expect(prefersPlainText(event)).toBe(person);
    expect(res.statusCode).toBe(200);
    if (person) {
      expect(res.headers).toMatchObject({
        "content-type": "text/plain; charset=utf-8",
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      });
      expect(res.body).toBe("Done.\n");
    } else {
      expect(res.headers?.["content-type"]).toMatch(/^application\/json/);
      expect(JSON.parse(res.body ?? "")).toEqual({ status: "done" });
    }
  });
});
