import type { Command } from "./command.js";
import { removeSavedLogin } from "./config-file.js";

export const logoutCommand: Command = {
  name: "logout",
  summary: "forget the saved URL and token",
  help: `usage: followup logout

Deletes the login saved by \`followup login\`. The token itself stays valid until it expires.`,
  options: {},
  positionals: { min: 0, max: 0 },
  usesApi: false,
  async run(ctx) {
    const file = removeSavedLogin(ctx.io.env);
    ctx.io.stdout(`Logged out (removed ${file}).\n`);
    return 0;
  },
};
