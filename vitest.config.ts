import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 30_000,
    hookTimeout: 180_000,
    pool: "forks",
    setupFiles: ["test/support/fast-check-seed.ts", "test/support/local-stack-defaults.ts"],
    // One build of every Lambda per run, shared by the bundle tests (test/support/catalogue-bundles.ts).
    globalSetup: ["test/support/provide-catalogue-bundles-dir.ts"],
    // Handlers log JSON lines; show them only for failing tests.
    silent: "passed-only",
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
  },
});
