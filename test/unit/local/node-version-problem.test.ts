import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nodeVersionProblem } from "../../../local/node-version-problem.js";

const ENGINES = ">=20.19.0 <21 || >=22.0.0";

describe("nodeVersionProblem against package.json's engines", () => {
  it.each(["20.19.0", "20.20.2", "v20.19.1", "22.0.0", "22.12.0", "24.1.0", "23.11.1"])(
    "accepts %s",
    (version) => {
      expect(nodeVersionProblem(version, ENGINES)).toBeUndefined();
    },
  );

  it.each(["18.19.0", "v16.20.2", "20.18.3", "20.0.0", "19.9.0"])(
    "calls %s too old and says which versions to use",
    (version) => {
      expect(nodeVersionProblem(version, ENGINES)).toBe(
        `Node.js v${version.replace(/^v/, "")} is too old: use Node.js 20.19+ or 22+ (package.json engines: ${ENGINES}), then run npm ci and npm start again.`,
      );
    },
  );

  it("calls a version between the supported lines (Node 21) not supported rather than too old", () => {
    expect(nodeVersionProblem("21.7.3", ENGINES)).toMatch(
      /^Node\.js v21\.7\.3 is not supported: use Node\.js 20\.19\+ or 22\+/,
    );
  });

  it("reads other ranges of the same syntax", () => {
    expect(nodeVersionProblem("18.0.0", ">=18")).toBeUndefined();
    expect(nodeVersionProblem("17.9.1", ">=18")).toMatch(/too old: use Node\.js 18\+/);
    expect(nodeVersionProblem("20.1.2", ">=20.1.3")).toMatch(/use Node\.js 20\.1\.3\+/);
    expect(nodeVersionProblem("22.1.0", ">20 <=22.0.9")).toMatch(/is not supported/);
    expect(nodeVersionProblem("22.0.9", ">20 <=22.0.9")).toBeUndefined();
  });

  it("stays silent on a range or version it cannot read, rather than blocking a start", () => {
    expect(nodeVersionProblem("18.0.0", "^20.19.0")).toBeUndefined();
    expect(nodeVersionProblem("not-a-version", ENGINES)).toBeUndefined();
  });

  it("agrees with a plain comparison for every version", () => {
    fc.assert(
      fc.property(fc.nat(40), fc.nat(40), fc.nat(40), (major, minor, patch) => {
        const supported = (major === 20 && minor >= 19) || major >= 22;
        const problem = nodeVersionProblem(`${major}.${minor}.${patch}`, ENGINES);
        expect(problem === undefined).toBe(supported);
      }),
    );
  });
});
