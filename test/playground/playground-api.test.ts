// The playground's endpoints over real HTTP on loopback: questions typed in the chat box, clicks
// in the Slack pane and submits in the Teams pane answered with both platforms' JSON, and every
// bad request refused with a reason.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API } from "../../src/adapters/playground/routes.js";
import { textOf } from "../../src/adapters/playground/view.js";
import { cardProblems } from "../helpers/teams.js";
import {
  ask,
  blockActions,
  buttonOf,
  type PlaygroundHarness,
  postJson,
  SESSION,
  slackAction,
  startPlayground,
  teamsSubmit,
} from "./harness.js";

let h: PlaygroundHarness;
beforeAll(async () => {
  h = await startPlayground();
});
afterAll(() => h.close());

describe("asking in the chat box", () => {
  it("answers /srm who-owns as Block Kit (with its drawing) and as an Adaptive Card", async () => {
    const { effect, message } = await ask(h.url, "/srm who-owns patching on rds");
    expect(effect).toBe("append");
    expect(message?.kind).toBe("ownership");
    expect(message?.ephemeral).toBe(true);
    expect(message?.slack.blocks[0]).toEqual({
      type: "header",
      text: { type: "plain_text", text: "Patching on Amazon RDS", emoji: true },
    });
    const drawn = textOf(message?.slack.view ?? "");
    expect(drawn).toContain("Patching on Amazon RDS");
    expect(drawn).toContain("Owner: 🤝 Shared: AWS and you");
    expect(drawn).toContain("Share in channel");
    expect(message?.teams.type).toBe("AdaptiveCard");
    expect(JSON.stringify(message?.teams.body)).toContain("Patching on Amazon RDS");
    expect(cardProblems(message?.teams)).toEqual([]);
  });

  it("answers free text as a direct message, and reads a typo", async () => {
    const free = await ask(h.url, "is encryption on efs our job?");
    expect(free.message?.ephemeral).toBe(false);
    expect(textOf(free.message?.slack.view ?? "")).toContain("Encryption at rest on Amazon EFS");
    const typo = await ask(h.url, "who patches lamda");
    const drawn = textOf(typo.message?.slack.view ?? "");
    expect(drawn).toContain("Patching on AWS Lambda");
    expect(drawn).toContain("Read “lamda” as “lambda”");
    expect(JSON.stringify(typo.message?.teams)).toContain("Patching on AWS Lambda");
  });

  it("subscribes the playground's channel to tips and shows the next one at once", async () => {
    const on = await ask(h.url, "/srm tips on 08:30 UTC daily", "tips-session");
    expect(on.effect).toBe("notice");
    expect(on.notice).toContain("Daily tips are on: 08:30 UTC, every day");
    const now = await ask(h.url, "tips now", "tips-session");
    expect(now.message?.kind).toBe("tip");
    expect(textOf(now.message?.slack.view ?? "")).toContain("Source");
    const next = await ask(h.url, "tips now", "tips-session");
    expect(JSON.stringify(next.message?.teams)).not.toBe(JSON.stringify(now.message?.teams));
  });

  it("keeps the conversation: a follow-up leans on the last question", async () => {
    await ask(h.url, "who owns patching on rds", "follow-up-session");
    const next = await ask(h.url, "and on ec2?", "follow-up-session");
    expect(textOf(next.message?.slack.view ?? "")).toContain("Patching on Amazon EC2");
  });

  it("shows the tip of the day on both platforms", async () => {
    const { message } = await ask(h.url, "tip");
    expect(message?.kind).toBe("tip");
    expect(textOf(message?.slack.view ?? "")).toContain("💡 Tip of the day");
    expect(JSON.stringify(message?.teams)).toContain("Tip of the day");
  });

  it("carries markup in a question as text: no element but the renderer's own", async () => {
    const { message } = await ask(h.url, "<img src=x onerror=alert(1)> who patches <script>lamda");
    const tags = JSON.stringify(message?.slack.view).match(/"tag":"\w+"/g) ?? [];
    expect(new Set(tags)).not.toContain('"tag":"img"');
    expect(new Set(tags)).not.toContain('"tag":"script"');
    expect(textOf(message?.slack.view ?? "")).toContain("Patching on AWS Lambda");
  });
});

describe("clicks in the Slack pane", () => {
  it("runs a follow-up button in place of an ephemeral card", async () => {
    const { message } = await ask(h.url, "/srm who-owns patching on rds");
    if (!message) throw new Error("no message");
    const button = buttonOf(message, "Checklist for Amazon RDS");
    const out = await slackAction(h.url, blockActions(message, button));
    expect(out.effect).toBe("replace");
    expect(out.replaces).toBe(message.id);
    expect(out.message?.kind).toBe("checklist");
    expect(textOf(out.message?.slack.view ?? "")).toContain("Your checklist for Amazon RDS");
  });

  it("keeps checklist ticks in the store and draws them on both platforms", async () => {
    const { message } = await ask(h.url, "checklist lambda");
    if (!message) throw new Error("no message");
    const list = message.slack.blocks.find((b) => b.type === "actions" && b.block_id);
    if (list?.type !== "actions") throw new Error("no checklist block");
    const tick = (values: string[]) =>
      slackAction(
        h.url,
        blockActions(message, {
          type: "checkboxes",
          action_id: list.elements[0]?.action_id,
          block_id: list.block_id,
          selected_options: values.map((value) => ({ value })),
        }),
      );
    await tick(["0", "2"]);
    const out = await tick(["2"]);
    expect(out.effect).toBe("replace");
    expect(out.message?.id).toBe(message.id);
    expect(await h.store.ticks(`playground:${SESSION}:${message.id}`)).toEqual(["2"]);
    const redrawn = out.message?.slack.blocks.find((b) => b.type === "actions" && b.block_id);
    const boxes = redrawn?.type === "actions" ? redrawn.elements[0] : undefined;
    expect(boxes?.type === "checkboxes" && boxes.initial_options?.map((o) => o.value)).toEqual([
      "2",
    ]);
    const toggles = (out.message?.teams.body ?? []).filter((e) => e.type === "Input.Toggle");
    expect(toggles.map((t) => t.value)).toEqual(
      toggles.map((_, i) => (i === 2 ? "true" : "false")),
    );
  });

  it("shares an ephemeral answer with a Shared by line", async () => {
    const { message } = await ask(h.url, "/srm who-owns patching on rds");
    if (!message) throw new Error("no message");
    const out = await slackAction(h.url, blockActions(message, buttonOf(message, "Share")));
    expect(out.effect).toBe("replace");
    expect(out.message?.ephemeral).toBe(false);
    expect(textOf(out.message?.slack.view ?? "")).toMatch(/^Shared by @U0PLAYGROUND/);
    expect(textOf(out.message?.slack.view ?? "")).not.toContain("Share in channel");
  });

  it("records 👍 feedback in the store and says thanks", async () => {
    const { message } = await ask(h.url, "who patches lamda");
    if (!message) throw new Error("no message");
    const before = h.store.feedback.length;
    const out = await slackAction(h.url, blockActions(message, buttonOf(message, "👍")));
    expect(out).toEqual({ effect: "notice", notice: "Thanks for the feedback." });
    expect(h.store.feedback.slice(before)).toMatchObject([
      { platform: "slack", verdict: "up", answerKind: "ownership", question: "who patches lamda" },
    ]);
  });
});

describe("submits in the Teams pane", () => {
  it("answers an Action.Submit's data with a new card", async () => {
    const out = await teamsSubmit(h.url, { srm: "explain aws-fargate", "srm-item-0": "true" });
    expect(out.effect).toBe("append");
    expect(out.message?.kind).toBe("explanation");
    expect(JSON.stringify(out.message?.teams)).toContain("Shared responsibility for AWS Fargate");
  });
});

describe("bad requests", () => {
  const refusals: [string, string, unknown, number, RegExp][] = [
    ["empty question", API.ask, { session: SESSION, text: "  " }, 400, /text: type a question/],
    ["no session", API.ask, { text: "tip" }, 400, /session/],
    ["a bad session", API.ask, { session: "../x", text: "tip" }, 400, /session/],
    ["a long question", API.ask, { session: SESSION, text: "a".repeat(4001) }, 400, /4,000/],
    ["not JSON", API.ask, "{nope", 400, /not JSON/],
    ["a JSON array", API.ask, "[]", 400, /invalid request/],
    [
      "an unknown action",
      API.slackAction,
      {
        session: SESSION,
        payload: {
          type: "block_actions",
          user: { id: "U1" },
          container: { type: "message", message_ts: "1.2", is_ephemeral: false },
          actions: [{ type: "button", action_id: "srm_nope_1", value: "x" }],
        },
      },
      400,
      /no handler for action_id srm_nope_1/,
    ],
    [
      "a tick outside a checklist",
      API.slackAction,
      {
        session: SESSION,
        payload: {
          type: "block_actions",
          user: { id: "U1" },
          container: { type: "message", message_ts: "1.2", is_ephemeral: false },
          actions: [{ type: "checkboxes", action_id: "srm_check_0", block_id: "other" }],
        },
      },
      400,
      /not a checklist block/,
    ],
    [
      "a user id that is not Slack's",
      API.slackAction,
      {
        session: SESSION,
        payload: {
          type: "block_actions",
          user: { id: "<!channel>" },
          container: { type: "message", message_ts: "1.2", is_ephemeral: true },
          actions: [{ type: "button", action_id: "srm_share_1", value: "tip" }],
        },
      },
      400,
      /payload.user.id: a Slack user id/,
    ],
    ["a submit without srm", API.teamsSubmit, { session: SESSION, data: {} }, 400, /data.srm/],
  ];
  it.each(refusals)("refuses %s with %s", async (_name, path, body, status, error) => {
    const res = await postJson(`${h.url}${path}`, body);
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(((await res.json()) as { error: string }).error).toMatch(error);
  });

  it("refuses a body that is not JSON-typed, too large, or from another origin", async () => {
    const form = await fetch(`${h.url}${API.ask}`, {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ session: SESSION, text: "tip" }),
    });
    expect(form.status).toBe(415);
    const large = await postJson(`${h.url}${API.ask}`, {
      session: SESSION,
      text: "a".repeat(40_000),
    });
    expect(large.status).toBe(413);
    const foreign = await fetch(`${h.url}${API.ask}`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example" },
      body: JSON.stringify({ session: SESSION, text: "tip" }),
    });
    expect(foreign.status).toBe(403);
    expect((await fetch(`${h.url}${API.ask}`)).status).toBe(405);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
