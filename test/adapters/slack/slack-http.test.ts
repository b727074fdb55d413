// The Slack app over real HTTP on loopback: signed requests in Slack's own formats in, a fake
// Slack Web API recording what the bot posts.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { INTENT_TITLES } from "../../helpers/knowledge.js";
import {
  BOT_USER,
  commandReply,
  fixture,
  type SlackHarness,
  sendAction,
  sendEvent,
  startSlackHarness,
} from "../../helpers/slack.js";

let h: SlackHarness;
beforeAll(async () => {
  h = await startSlackHarness({ SRM_ESCALATION_CHANNEL: "C0SECURITY" });
});
afterAll(async () => h.close());
beforeEach(() => h.fake.reset());

type Blocks = {
  type: string;
  text?: { text: string };
  elements?: { action_id?: string; value?: string; type?: string }[];
  fields?: { text: string }[];
}[];
const blocksOf = (body: Record<string, unknown>) => body.blocks as Blocks;
const allText = (body: Record<string, unknown>) => JSON.stringify(body.blocks ?? body.text);

function command(text: string, overrides: Record<string, string> = {}) {
  return {
    ...fixture<Record<string, string>>("slash-command.json"),
    text,
    response_url: `${h.fake.url}/response/cmd`,
    ...overrides,
  };
}

function mention(text: string, id: string, extra: Record<string, unknown> = {}) {
  const event = fixture<{ event: Record<string, unknown> }>("app-mention.json");
  return {
    ...event,
    event_id: id,
    event: { ...event.event, text: `<@${BOT_USER}> ${text}`, ...extra },
  };
}

describe("/srm", () => {
  it("answers a command with an ephemeral ownership card and a Share button", async () => {
    const reply = await commandReply(h.url, command("who-owns patching on rds"));
    expect(reply.response_type).toBe("ephemeral");
    const blocks = blocksOf(reply);
    expect(blocks[0]).toMatchObject({ type: "header", text: { text: "Patching on Amazon RDS" } });
    expect(allText(reply)).toContain("Shared: AWS and you");
    expect(allText(reply)).toContain("docs.aws.amazon.com");
    const buttons = blocks.flatMap((b) => b.elements ?? []);
    expect(buttons.map((e) => e.value)).toContain("checklist aws-rds");
    expect(buttons.some((e) => e.action_id?.startsWith("srm_share_"))).toBe(true);
    expect(buttons.some((e) => e.action_id?.startsWith("srm_feedback_up"))).toBe(true);
    // Answered in the acknowledgment: no second request to the response URL.
    expect(h.fake.calls.filter((c) => c.method === "response_url")).toHaveLength(0);
  });

  it("shows help for /srm alone and for /srm help", async () => {
    for (const text of ["", "help"]) {
      const reply = await commandReply(h.url, command(text));
      expect(allText(reply)).toContain("/srm who-owns patching on rds");
    }
  });

  it("answers each intent of the contract", async () => {
    for (const [text, expected] of INTENT_TITLES) {
      expect(allText(await commandReply(h.url, command(text))), text).toContain(expected);
    }
  });

  it("turns listen mode on and off for the channel", async () => {
    expect((await commandReply(h.url, command("listen on"))).text).toMatch(/Listen mode is on/);
    expect(await h.store.isListening("C2147483705")).toBe(true);
    expect((await commandReply(h.url, command("listen off"))).text).toMatch(/Listen mode is off/);
    expect(await h.store.isListening("C2147483705")).toBe(false);
  });
});

describe("mentions and direct messages", () => {
  it("answers a mention in a thread under the question", async () => {
    const res = await sendEvent(h.url, mention("is encryption on efs our job?", "Ev1"));
    expect(res.status).toBe(200);
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    expect(allText(post.body)).toContain("Encryption at rest on Amazon EFS");
  });

  it("answers a direct message in the DM", async () => {
    await sendEvent(h.url, fixture("message-im.json"));
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body.channel).toBe("D024BE91L");
    expect(allText(post.body)).toContain("Your checklist for AWS Lambda");
  });

  it("answers a follow-up in a thread it answered, without a mention", async () => {
    await sendEvent(h.url, mention("who owns patching on rds", "Ev2", { ts: "1600000000.000100" }));
    await h.fake.waitFor("chat.postMessage");
    h.fake.reset();
    const followUp = fixture<{ event: Record<string, unknown> }>("message-channel.json");
    await sendEvent(h.url, {
      ...followUp,
      event_id: "Ev3",
      event: {
        ...followUp.event,
        text: "and on aurora?",
        ts: "1600000000.000200",
        thread_ts: "1600000000.000100",
      },
    });
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body.thread_ts).toBe("1600000000.000100");
    expect(allText(post.body)).toContain("Patching on Amazon Aurora");
  });

  it("answers a retried event once, never twice", async () => {
    const event = mention("who patches the os on ec2", "EvRETRY");
    await sendEvent(h.url, event);
    await h.fake.waitFor("chat.postMessage");
    await sendEvent(h.url, event, {
      headers: { "x-slack-retry-num": "1", "x-slack-retry-reason": "http_timeout" },
    });
    await sendEvent(h.url, mention("who owns backups on s3", "EvAFTER"));
    await h.fake.waitFor("chat.postMessage", (b) => allText(b).includes("Amazon S3"));
    expect(
      h.fake.calls.filter(
        (c) => c.method === "chat.postMessage" && allText(c.body).includes("Amazon EC2"),
      ),
    ).toHaveLength(1);
  });

  it("ignores its own messages and other bots'", async () => {
    const base = fixture<{ event: Record<string, unknown> }>("message-im.json");
    await sendEvent(h.url, {
      ...base,
      event_id: "EvBOT",
      event: { ...base.event, bot_id: "B999", subtype: "bot_message" },
    });
    await sendEvent(h.url, mention("who owns patching on rds", "EvMARK"));
    await h.fake.waitFor("chat.postMessage");
    expect(h.fake.count("chat.postMessage")).toBe(1);
  });
});

describe("listen mode", () => {
  it("answers confident questions in a listening channel, in a thread, and stays quiet otherwise", async () => {
    await h.store.setListening("C0LAN2Q65", true);
    const base = fixture<{ event: Record<string, unknown> }>("message-channel.json");
    await sendEvent(h.url, {
      ...base,
      event_id: "EvL1",
      event: { ...base.event, text: "lunch anyone?", ts: "1600000001.000001" },
    });
    await sendEvent(h.url, { ...base, event_id: "EvL2" });
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body.thread_ts).toBe("1515449600.000200");
    expect(allText(post.body)).toContain("Amazon EC2");
    expect(h.fake.count("chat.postMessage")).toBe(1);
    await h.store.setListening("C0LAN2Q65", false);
  });
});

describe("buttons", () => {
  it("answers a card's checklist button in the same thread", async () => {
    await sendAction(h.url, {
      ...fixture("block-actions.json"),
      response_url: `${h.fake.url}/response/act`,
    });
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body).toMatchObject({ channel: "C0LAN2Q65", thread_ts: "1515449522.000016" });
    expect(allText(post.body)).toContain("Your checklist for Amazon RDS");
  });

  it("updates an ephemeral card in place", async () => {
    const payload = fixture<Record<string, unknown>>("block-actions.json");
    await sendAction(h.url, {
      ...payload,
      container: {
        type: "message",
        message_ts: "1548261231.000200",
        channel_id: "C0LAN2Q65",
        is_ephemeral: true,
      },
      message: undefined,
      response_url: `${h.fake.url}/response/eph`,
    });
    const reply = await h.fake.waitFor("response_url");
    expect(reply.body).toMatchObject({ replace_original: true });
    expect(allText(reply.body)).toContain("Your checklist for Amazon RDS");
  });

  it("shares an ephemeral answer with the channel", async () => {
    await sendAction(
      h.url,
      clicked("srm_share_0", "who-owns patching on rds", "share", {
        container: {
          type: "message",
          message_ts: "1548261231.000200",
          channel_id: "C0LAN2Q65",
          is_ephemeral: true,
        },
      }),
    );
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body.channel).toBe("C0LAN2Q65");
    expect(allText(post.body)).toContain("Patching on Amazon RDS");
    expect((await h.fake.waitFor("response_url")).body).toMatchObject({ delete_original: true });
  });

  it("records feedback", async () => {
    const vote = JSON.stringify({ v: "down", k: "ownership", q: "who owns patching on rds" });
    await sendAction(h.url, clicked("srm_feedback_down_1", vote, "fb"));
    await h.fake.waitFor("response_url");
    expect(h.store.feedback.at(-1)).toMatchObject({
      platform: "slack",
      verdict: "down",
      question: "who owns patching on rds",
    });
  });

  it("escalates an unanswered question to the security channel, escaped and linked", async () => {
    const question = "<!channel> who owns the quantum flux capacitor?";
    await sendAction(h.url, clicked("srm_escalate_0", question, "esc"));
    const post = await h.fake.waitFor("chat.postMessage");
    expect(post.body.channel).toBe("C0SECURITY");
    expect(allText(post.body)).toContain("&lt;!channel&gt;");
    expect(allText(post.body)).not.toContain("<!channel>");
    expect(allText(post.body)).toContain("https://example.slack.com/archives/");
    expect((await h.fake.waitFor("response_url")).body.text).toMatch(/passed your question/);
  });
});

/** Slack's block_actions fixture with one of our buttons clicked, replying to /response/`path`. */
function clicked(
  actionId: string,
  value: string,
  path: string,
  extra: Record<string, unknown> = {},
) {
  const payload = fixture<{ actions: Record<string, unknown>[] }>("block-actions.json");
  return {
    ...payload,
    ...extra,
    response_url: `${h.fake.url}/response/${path}`,
    actions: [{ ...payload.actions[0], action_id: actionId, value }],
  };
}

describe("checklist ticks", () => {
  it("keeps every tick on the message when an item is ticked", async () => {
    const payload = fixture<{ actions: Record<string, unknown>[] }>("block-actions.json");
    await sendAction(h.url, {
      ...payload,
      response_url: `${h.fake.url}/response/tick`,
      state: {
        values: {
          "srm_list:0:checklist aws-ec2": {
            srm_check_0_0: {
              type: "checkboxes",
              selected_options: [{ value: "0" }, { value: "3" }],
            },
          },
        },
      },
      actions: [
        {
          type: "checkboxes",
          action_id: "srm_check_0_0",
          block_id: "srm_list:0:checklist aws-ec2",
          selected_options: [{ value: "0" }, { value: "3" }],
          action_ts: "1548426417.840180",
        },
      ],
    });
    const update = await h.fake.waitFor("chat.update");
    expect(update.body).toMatchObject({ channel: "C0LAN2Q65", ts: "1548261231.000200" });
    const boxes = blocksOf(update.body)
      .flatMap((b) => b.elements ?? [])
      .find((e) => e.type === "checkboxes") as unknown as {
      initial_options: { value: string }[];
    };
    expect(boxes.initial_options.map((o) => o.value)).toEqual(["0", "3"]);
  });
});
