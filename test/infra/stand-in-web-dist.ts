import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** A tiny build in the shape Vite writes (index.html, hashed files under assets/), for synth without web/dist. */
export function standInWebDist(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "followup-web-dist-"));
  fs.mkdirSync(path.join(dir, "assets"));
  fs.writeFileSync(
    path.join(dir, "index.html"),
    '<!doctype html><title>Follow-ups</title><script type="module" src="/assets/app-0f1e2d3c.js"></script>\n',
  );
  fs.writeFileSync(path.join(dir, "assets", "app-0f1e2d3c.js"), 'document.title = "Follow-ups";\n');
  return dir;
}
