// The help card on Slack and Teams also names what a channel can ask beside questions (the
// daily tip, the stack and its matrix), and each of those words is one the chat adapters take
// as that command; the command line's help names only what works there.
import { describe, expect, it } from "vitest";
import { isStackCommand } from "../../src/adapters/channel/stack-command.js";
import { isTipsCommand } from "../../src/adapters/channel/tips-command.js";
import { toAdaptiveCard } from "../../src/render/adaptive-card.js";
import { toBlockKit } from "../../src/render/block-kit.js";
import { renderText } from "../../src/render/text.js";
import { shippedSrm } from "../helpers/knowledge.js";

const help = shippedSrm().ask("help").answer;
const commands = help.kind === "help" ? help.channelExamples.map((e) => e.command) : [];

describe("the help card", () => {
  it("lists the channel commands, each one the chat adapters recognise", () => {
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands)
      expect(isTipsCommand(command) || isStackCommand(command)).toBe(true);
  });

  it("shows them on Slack as /srm commands and on Teams as typed words", () => {
    const slack = JSON.stringify(toBlockKit(help).blocks);
    const teams = JSON.stringify(toAdaptiveCard(help).body);
    for (const command of commands) {
      expect(slack).toContain(`/srm ${command}`);
      expect(teams).toContain(command);
    }
  });

  it("leaves them out on the command line, where they are not commands", () => {
    const text = renderText(help, { color: false });
    for (const command of commands) expect(text).not.toContain(command);
  });
});
