import { localConfigSchema } from "../../../local/local-config.js";

/** The port settings of `npm start`, read from its settings catalogue (local/local-config.ts). */
const LOCAL_PORT_SETTINGS = Object.keys(localConfigSchema.shape).filter((name) => name.endsWith("PORT"));

/**
 * The environment a test runs `npm start` (local/start.ts) in: this process's, every port of the catalogue
 * at 0 (the system picks free ones, so parallel runs never collide), data in `dataDir`, then `overrides`.
 */
export function localStartEnv(dataDir: string, overrides: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...Object.fromEntries(LOCAL_PORT_SETTINGS.map((name) => [name, "0"])),
    FOLLOWUP_DATA_DIR: dataDir,
    ...overrides,
  };
}
