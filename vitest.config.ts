import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    setupFiles: ["test/support/fast-check-seed.ts"],
    // One build of every Lambda per run, shared by the bundle tests (test/support/catalogue-bundles.ts).
    globalSetup: ["test/support/provide-catalogue-bundles-dir.ts"],
    // Handlers log JSON lines; show them only for failing tests.
    silent: "passed-only",
    // LOCAL_HANDLER_THREADS pinned to 0: the tests do not depend on the developer's shell; a test that
    // wants handler threads passes the `handlerThreads` option.
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true", LOCAL_HANDLER_THREADS: "0" },
  },
});
