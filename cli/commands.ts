import { addCommand } from "./add-command.js";
import { calendarCommand } from "./calendar-command.js";
import type { Command } from "./command.js";
import { editCommand } from "./edit-command.js";
import { inboundCommand } from "./inbound-command.js";
import { insightsCommand } from "./insights-command.js";
import { listCommand } from "./list-command.js";
import { loginCommand } from "./login-command.js";
import { logoutCommand } from "./logout-command.js";
import { previewCommand } from "./preview-command.js";
import { showCommand } from "./show-command.js";
import { snoozeCommand } from "./snooze-command.js";
import { stopCommand } from "./stop-command.js";
import { usageCommand } from "./usage-command.js";

/** Every `followup` command, in the order the help lists them. */
export const COMMANDS: readonly Command[] = [
  loginCommand,
  addCommand,
  previewCommand,
  listCommand,
  showCommand,
  editCommand,
  stopCommand,
  snoozeCommand,
  usageCommand,
  insightsCommand,
  calendarCommand,
  logoutCommand,
  inboundCommand,
];
