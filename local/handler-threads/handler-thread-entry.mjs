// A handler thread's entry (see start-handler-pool.ts). Plain JavaScript, so that it loads the same way under tsx
// (`npm start`, the benches) and under vitest; it loads the TypeScript with tsx's scoped import.
import { tsImport } from "tsx/esm/api";

const { serveHandlerThread } = await tsImport("./serve-handler-thread.ts", import.meta.url);
serveHandlerThread();
