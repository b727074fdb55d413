// Both platforms' harnesses for one test file: started before its tests, the fake Slack reset
// before each, closed after. Fields are filled once the harnesses are up.
import { afterAll, beforeAll, beforeEach } from "vitest";
import { fixture, type SlackHarness, startSlackHarness } from "./slack.js";
import { startTeamsHarness, type TeamsHarness } from "./teams.js";

export interface Platforms {
  slack: SlackHarness;
  teams: TeamsHarness;
}

export function bothPlatforms(): Platforms {
  const h = {} as Platforms;
  beforeAll(async () => {
    h.slack = await startSlackHarness();
    h.teams = await startTeamsHarness();
  });
  afterAll(async () => {
    await h.slack.close();
    await h.teams.close();
  });
  beforeEach(() => h.slack.fake.reset());
  return h;
}

/** A recorded slash command asking `text`, its response URL on the fake Slack. */
export function slashCommand(slack: SlackHarness, text: string): Record<string, string> {
  return {
    ...fixture<Record<string, string>>("slash-command.json"),
    text,
    response_url: `${slack.fake.url}/response/x`,
  };
}

/** Whether the server still answers its health probe. */
export const healthy = async (url: string) => (await fetch(`${url}/healthz`)).status === 200;
