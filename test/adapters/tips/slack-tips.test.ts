// The daily tip on Slack, end to end over real HTTP: `/srm tips …` as Slack sends it, the
// subscription kept in the store, and a pass of the tip runner posting to a fake Slack Web API
// on loopback, once a day, whatever the number of passes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { slashCommand } from "../../helpers/platforms.js";
import { commandReply, type SlackHarness, startSlackHarness } from "../../helpers/slack.js";

let slack: SlackHarness;
const CHANNEL = "C2147483705"; // the recorded slash command's channel, in team T0001
// How the bot keeps a Slack channel: with its team, whose token posts there.
const KEPT = `T0001/${CHANNEL}`;

beforeAll(async () => {
  // The runner is driven by the test's clock, not the server's minute timer.
  slack = await startSlackHarness({ SRM_TIPS: "off" });
});
afterAll(() => slack.close());
beforeEach(async () => {
  slack.fake.reset();
  await slack.store.deleteTipSubscription("slack", KEPT);
});

// Each command is new to the bot (its own trigger id): identical bodies would be replays.
let sent = 0;
const tips = (text: string) =>
  commandReply(slack.url, { ...slashCommand(slack, text), trigger_id: `tips.${++sent}` });

describe("/srm tips on Slack", () => {
  it("subscribes the channel at the time, timezone and days given, and says so", async () => {
    const reply = await tips("tips on 09:30 Europe/Berlin daily");
    expect(reply.response_type).toBe("ephemeral");
    expect(reply.text).toContain("Daily tips are on: 09:30 Europe/Berlin, every day");
    const status = await tips("tips status");
    expect(status.text).toContain("09:30 Europe/Berlin, every day");
  });

  it("takes the subscriber's own timezone from Slack when none is given, and 09:00 on weekdays", async () => {
    const reply = await tips("tips on");
    expect(reply.text).toContain("09:00 America/New_York, on weekdays");
    const lookup = await slack.fake.waitFor("users.info");
    expect(lookup.body.user).toBe("U2147483697");
  });

  it("falls back to UTC when Slack does not say the subscriber's timezone", async () => {
    slack.fake.overrides.set("users.info", { ok: false, error: "user_not_found" });
    expect((await tips("tips on 07:15")).text).toContain("07:15 UTC");
  });

  it("leaves a question that starts with 'tips' to the matcher", async () => {
    const reply = await tips("tips for securing s3 buckets");
    expect(reply.response_type).toBe("ephemeral");
    expect(JSON.stringify(reply)).not.toContain("tips on [HH:MM]");
    expect(await slack.store.tipSubscription("slack", KEPT)).toBeUndefined();
  });

  it("refuses a bad time or an unknown timezone with the usage", async () => {
    expect((await tips("tips on 25:00")).text).toMatch(/not a time/);
    expect((await tips("tips on 09:00 Mars/Olympus")).text).toMatch(/Mars\/Olympus/);
    expect(await slack.store.tipSubscription("slack", KEPT)).toBeUndefined();
  });

  it("posts `tips now` for the whole channel, a different tip each time", async () => {
    const first = await tips("tips now");
    const second = await tips("tips now");
    expect(first.response_type).toBe("in_channel");
    expect(JSON.stringify(first.blocks)).toContain("Source");
    expect(first.text).not.toBe(second.text);
  });

  it("turns tips off, and a pass then posts nothing", async () => {
    await tips("tips on 09:00 UTC daily");
    expect((await tips("tips off")).text).toContain("Daily tips are off here");
    const runs = await slack.bot.runTips(new Date("2030-01-15T09:05:00Z"));
    expect(runs).toEqual([]);
    expect(slack.fake.count("chat.postMessage")).toBe(0);
  });
});

describe("the tip runner on Slack", () => {
  it("posts the day's tip once at the channel's local time, however many passes run", async () => {
    await tips("tips on 09:00 Europe/Berlin daily");
    // A day after it subscribed; 07:59 UTC is 08:59 in Berlin in winter: not yet.
    expect(await slack.bot.runTips(new Date("2030-01-15T07:59:00Z"))).toEqual([]);
    const passes = await Promise.all(
      [0, 1, 2].map(() => slack.bot.runTips(new Date("2030-01-15T08:01:00Z"))),
    );
    const outcomes = passes.flat().map((r) => r.outcome);
    expect(outcomes.filter((o) => o === "posted")).toHaveLength(1);
    const post = await slack.fake.waitFor("chat.postMessage");
    expect(post.body.channel).toBe(CHANNEL);
    expect(JSON.stringify(post.body.blocks)).toContain("Source");
    expect(await slack.bot.runTips(new Date("2030-01-15T10:00:00Z"))).toEqual([
      expect.objectContaining({ outcome: "taken" }),
    ]);
    expect(slack.fake.count("chat.postMessage")).toBe(1);
  });

  it("turns a channel's tips off when Slack says the bot can no longer post there", async () => {
    await tips("tips on 09:00 UTC daily");
    slack.fake.overrides.set("chat.postMessage", { ok: false, error: "not_in_channel" });
    const runs = await slack.bot.runTips(new Date("2030-01-16T09:01:00Z"));
    expect(runs).toEqual([expect.objectContaining({ outcome: "disabled" })]);
    const subscription = await slack.store.tipSubscription("slack", KEPT);
    expect(subscription?.enabled).toBe(false);
    expect(subscription?.disabledReason).toContain("not_in_channel");
    expect((await tips("tips status")).text).toContain("not_in_channel");
  });
});
