// Registers every Slack listener: one file each.
import type { App } from "@slack/bolt";
import type { SlackDeps } from "../context.js";
import { registerActions } from "./actions.js";
import { registerCommand } from "./command.js";
import { registerMention } from "./mention.js";
import { registerMessage } from "./message.js";

export function registerListeners(app: App, deps: SlackDeps): void {
  registerCommand(app, deps);
  registerMention(app, deps);
  registerMessage(app, deps);
  registerActions(app, deps);
}
