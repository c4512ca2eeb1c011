// The emulator thread's entry (see start-emulators-in-worker.ts). Plain JavaScript, so that it loads the same
// way under tsx (`npm start`, the benches) and under vitest; it loads the TypeScript with tsx's scoped import.
import { tsImport } from "tsx/esm/api";

const { serveEmulators } = await tsImport("./serve-emulators.ts", import.meta.url);
await serveEmulators();
