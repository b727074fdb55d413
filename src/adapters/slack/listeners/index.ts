// Registers every Slack listener: one file each.
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../context.js";
import { registerChecklist } from "./actions/checklist.js";
import { registerEscalate } from "./actions/escalate.js";
import { registerFeedback } from "./actions/feedback.js";
import { registerMatrixCsv } from "./actions/matrix-csv.js";
import { registerRun } from "./actions/run.js";
import { registerShare } from "./actions/share.js";
import { registerCommand } from "./command.js";
import { registerMention } from "./mention.js";
import { registerMessage } from "./message.js";

export function registerListeners(app: App, deps: SlackDeps): void {
  registerCommand(app, deps);
  registerMention(app, deps);
  registerMessage(app, deps);
  registerRun(app, deps);
  registerShare(app, deps);
  registerFeedback(app, deps);
  registerEscalate(app, deps);
  registerChecklist(app, deps);
  registerMatrixCsv(app, deps);
}
