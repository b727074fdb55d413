// The Teams bot over real HTTP on loopback with activities in Teams' own shapes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { INTENT_TITLES } from "../../helpers/knowledge.js";
import {
  activity,
  cardOf,
  cardProblems,
  converse,
  post,
  startTeamsHarness,
  type TeamsHarness,
} from "../../helpers/teams.js";

let h: TeamsHarness;
beforeAll(async () => {
  h = await startTeamsHarness();
});
afterAll(async () => h.close());

const say = async (text: string, name = "personal-message.json") =>
  cardOf((await converse(h.url, activity(name, { text })))[0]);
const textOf = (card: Record<string, unknown>) => JSON.stringify(card);

describe("messages", () => {
  it("answers a personal message with an ownership card", async () => {
    const card = await say("who owns patching on rds");
    expect(card).toMatchObject({ type: "AdaptiveCard", version: "1.5" });
    const json = textOf(card);
    expect(json).toContain("Patching on Amazon RDS");
    expect(json).toContain("Shared: AWS and you");
    expect(json).toContain("AWS does");
    expect(json).toContain("You do");
    expect(json).toMatch(/\[Source\]\(https:\/\/docs\.aws\.amazon\.com\//);
    const actions = (card.actions as { type: string; data: { srm: string } }[]).map(
      (a) => a.data.srm,
    );
    expect(actions).toEqual(expect.arrayContaining(["checklist aws-rds", "explain aws-rds"]));
  });

  it("strips the <at> mention in a channel and answers the question", async () => {
    const replies = await converse(h.url, activity("channel-mention.json"));
    expect(textOf(cardOf(replies[0]))).toContain("Encryption at rest on Azure Blob Storage");
  });

  it("answers each intent of the contract with a card", async () => {
    for (const [text, expected] of [
      ...INTENT_TITLES,
      ["help", "who-owns patching on rds"] as const,
    ]) {
      expect(textOf(await say(text)), text).toContain(expected);
    }
  });

  it("renders checklists as toggles", async () => {
    const card = await say("checklist ec2");
    const toggles = (card.body as { type: string }[]).filter((e) => e.type === "Input.Toggle");
    expect(toggles.length).toBeGreaterThan(3);
  });

  it("offers clarifying choices and unknown suggestions as actions", async () => {
    const clarify = await say("who patches functions?");
    expect((clarify.actions as { data: { srm: string } }[]).map((a) => a.data.srm)).toContain(
      "who-owns patching on azure-functions",
    );
    const unknown = await say("whats the weather in seattle");
    expect((unknown.actions as unknown[]).length).toBeGreaterThan(0);
  });

  it("handles a card's Action.Submit by answering its command", async () => {
    const replies = await converse(h.url, activity("card-submit.json"));
    expect(textOf(cardOf(replies[0]))).toContain("Your checklist for Amazon RDS");
  });

  it("keeps the conversation reference of every conversation it talks in", async () => {
    await converse(h.url, activity("personal-message.json"));
    const refs = await h.store.conversations("teams");
    expect(refs.map((r) => r.id)).toContain(
      activity("personal-message.json").conversation &&
        (activity("personal-message.json").conversation as { id: string }).id,
    );
  });

  it("follows up within a conversation", async () => {
    const conversation = { conversationType: "personal", id: "a:follow-up-test" };
    await converse(
      h.url,
      activity("personal-message.json", { text: "who owns patching on rds", conversation }),
    );
    const replies = await converse(
      h.url,
      activity("personal-message.json", { text: "and on aurora?", conversation }),
    );
    expect(textOf(cardOf(replies[0]))).toContain("Patching on Amazon Aurora");
  });
});

describe("the message extension", () => {
  it("lists matching ownership cards for a search", async () => {
    const res = await post(h.url, activity("extension-query.json"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      composeExtension: {
        type: string;
        attachments: { content: unknown; preview: { content: { title: string } } }[];
      };
    };
    expect(body.composeExtension.type).toBe("result");
    expect(body.composeExtension.attachments.length).toBeGreaterThan(1);
    expect(body.composeExtension.attachments[0]?.preview.content.title).toContain(
      "Patching on Amazon RDS",
    );
    for (const a of body.composeExtension.attachments) expect(cardProblems(a.content)).toEqual([]);
  });
});

describe("bad input", () => {
  it("answers a malformed activity with 400 and keeps serving", async () => {
    expect((await post(h.url, "{not json")).status).toBe(400);
    expect((await post(h.url, { hello: "world" })).status).toBe(400);
    expect(
      (await post(h.url, { type: "message", conversation: "not an object", from: 7 })).status,
    ).toBe(400);
    expect(textOf(await say("who owns patching on rds"))).toContain("Amazon RDS");
  });

  it("answers a 4,000-character message", async () => {
    const card = await say(
      `who owns patching on rds ${"and more context ".repeat(300)}`.slice(0, 4000),
    );
    expect(textOf(card)).toContain("Amazon RDS");
  });

  it("cannot be made to render a link or markup from user text", async () => {
    const card = await say("who owns [pathcing](https://evil.example) on **rds**");
    const json = textOf(card);
    expect(json).not.toContain("https://evil.example");
    expect(json).not.toContain("[pathcing](");
  });
});

describe("replies through the connector", () => {
  it("posts its card to the conversation's service URL when replies are not expected inline", async () => {
    const { createServer } = await import("node:http");
    const received: { url: string; body: Record<string, unknown> }[] = [];
    const connector = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      received.push({
        url: req.url ?? "",
        body: JSON.parse(Buffer.concat(chunks).toString() || "{}"),
      });
      res.writeHead(200, { "content-type": "application/json" }).end('{"id":"reply-1"}');
    });
    await new Promise<void>((resolve) => connector.listen(0, "127.0.0.1", resolve));
    const port = (connector.address() as { port: number }).port;
    try {
      const res = await post(
        h.url,
        activity("personal-message.json", { serviceUrl: `http://127.0.0.1:${port}/` }),
      );
      expect(res.status).toBe(200);
      expect(received).toHaveLength(1);
      expect(received[0]?.url).toMatch(/^\/v3\/conversations\/.+\/activities\/1485983408511$/);
      expect(JSON.stringify(received[0]?.body)).toContain("Patching on Amazon RDS");
    } finally {
      connector.closeAllConnections();
      await new Promise<void>((resolve) => connector.close(() => resolve()));
    }
  });
});
