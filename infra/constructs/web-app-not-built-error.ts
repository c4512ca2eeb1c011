/** The web app's build is missing: the synth stops with one line saying how to make it. */
export class WebAppNotBuiltError extends Error {
  constructor(distDir: string) {
    super(`The web app is not built (no index.html in ${distDir}): run npm run build:web first.`);
    this.name = "WebAppNotBuiltError";
  }
}
