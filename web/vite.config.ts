import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// Preact's JSX runtime without a plugin: Vite's own transform reads the JSX settings.
export default defineConfig({
  root: import.meta.dirname,
  base: "/",
  oxc: { jsx: { runtime: "automatic", importSource: "preact" } },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Everything as files under /assets/: nothing inline, so the CSP needs no 'unsafe-inline' or data: URLs.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
  resolve: {
    // shared/domain/wall-clock.ts's zone tables are files beside a Lambda's bundle (zone-source.ts reads them
    // with node:module); the browser reads every zone through its own Intl instead.
    alias: [
      {
        find: /^\.\/zone-source\.js$/,
        replacement: fileURLToPath(new URL("./src/browser-zone-source.ts", import.meta.url)),
      },
    ],
  },
  logLevel: "warn",
});
