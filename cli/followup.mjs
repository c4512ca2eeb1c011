#!/usr/bin/env node
// The `followup` command (package.json "bin"): runs the TypeScript CLI through tsx, as `npm run cli` does.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
const { register } = await import("tsx/esm/api");
register();
await import("./main.ts");
