import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    // vitest's default is one worker fewer than the cores: ONE on a 2-core CI machine, where the files then
    // run one after another and the machine is half idle (most files wait on sockets, timers and child
    // processes). Two files at once took the suite from 13 to 7 minutes on 2 cores, all green.
    maxWorkers: Math.max(2, availableParallelism()),
    setupFiles: ["test/support/fast-check-seed.ts", "test/support/local-stack-defaults.ts"],
    // One build of every Lambda per run, shared by the bundle tests (test/support/catalogue-bundles.ts).
    globalSetup: ["test/support/provide-catalogue-bundles-dir.ts"],
    // Handlers log JSON lines; show them only for failing tests.
    silent: "passed-only",
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
