import { describe, expect, it } from "vitest";
import { nextStepsText } from "../../../local/next-steps-text.js";

const stack = (port: number, dataDir = "/home/sam/followup/.data") => ({
  apiUrl: `http://127.0.0.1:${port}`,
  sesUrl: "http://127.0.0.1:8005",
  dataDir,
});

describe("the next steps npm start prints", () => {
  it("on the default port and data dir, are the README's commands as they are", () => {
    const text = nextStepsText(stack(3000), {});
    expect(text).toContain("TOKEN=$(npm run -s token -- sam)");
    expect(text).toContain("\n  npm run -s example | curl -s -X POST http://127.0.0.1:3000/interviews");
    expect(text).toContain("Open http://127.0.0.1:8005 to read the emails that went out.");
  });

  it("on another port, date the example from this stack's clock (npm run example reads PORT), not 3000's", () => {
    const text = nextStepsText(stack(44525), {});
    expect(text).toContain(
      "\n  PORT=44525 npm run -s example | curl -s -X POST http://127.0.0.1:44525/interviews",
    );
    expect(text).toContain("curl -s -X POST http://127.0.0.1:44525/_local/clock");
  });

  it("on another data dir, sign the token with that dir's key, quoted for the shell", () => {
    const text = nextStepsText(stack(3000, "/tmp/my data"), { FOLLOWUP_DATA_DIR: "/tmp/my data" });
    expect(text).toContain("TOKEN=$(FOLLOWUP_DATA_DIR='/tmp/my data' npm run -s token -- sam)");
  });
});
