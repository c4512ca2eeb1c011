import { describe, expect, it } from "vitest";
import { localConfig } from "../../../local/local-config.js";

describe("the local stack's settings", () => {
  it("runs the handlers in two worker threads unless LOCAL_HANDLER_THREADS says otherwise (0: the stack's own thread)", () => {
    expect(localConfig({}).LOCAL_HANDLER_THREADS).toBe(2);
    expect(localConfig({ LOCAL_HANDLER_THREADS: "0" }).LOCAL_HANDLER_THREADS).toBe(0);
    expect(localConfig({ LOCAL_HANDLER_THREADS: "3" }).LOCAL_HANDLER_THREADS).toBe(3);
  });

  it.each(["-1", "1.5", "two", "65"])("refuses LOCAL_HANDLER_THREADS=%s, naming the variable", (raw) => {
    expect(() => localConfig({ LOCAL_HANDLER_THREADS: raw })).toThrow(/LOCAL_HANDLER_THREADS/);
  });

  it("keeps the other defaults", () => {
    const config = localConfig({});
    expect(config.PORT).toBe(3000);
    expect(config.FOLLOWUP_DATA_DIR).toBe(".data");
  });
});
