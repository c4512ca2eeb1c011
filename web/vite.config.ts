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
  logLevel: "warn",
});
