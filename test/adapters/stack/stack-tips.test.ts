// The daily tip prefers tips about the channel's saved stack: within each walk those come first,
// and every tip is still shown once before any repeats. The rotation itself, then the bot's
// tip runner over real HTTP with a fake Slack.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Tip } from "../../../src/core/knowledge/types.js";
import { MemoryStore } from "../../../src/store/memory-store.js";
import type { TipOrder } from "../../../src/store/tip-store.js";
import {
  aboutStack,
  cryptoRandom,
  nextTip,
  preferredWalk,
  preferringStackTips,
  takeNextTip,
} from "../../../src/tips/rotation.js";
import { shippedKnowledge } from "../../helpers/knowledge.js";
import { slashCommand } from "../../helpers/platforms.js";
import { commandReply, type SlackHarness, startSlackHarness } from "../../helpers/slack.js";

function tips(count: number, about: (i: number) => string[]): Tip[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `tip-${i + 1}`,
    text: `Tip number ${i + 1}`,
    areas: [],
    services: about(i + 1),
    source: "https://example.com",
  }));
}

// Tips 2, 5 and 7 are about EKS (3 of 8); tip 4 about RDS.
const TIPS = tips(8, (i) => ([2, 5, 7].includes(i) ? ["aws-eks"] : i === 4 ? ["aws-rds"] : []));
const EKS = new Set(["tip-2", "tip-5", "tip-7"]);
const prefer = aboutStack(["aws-eks:fargate", "aws-s3"]);

function walk(days: number, start?: TipOrder) {
  let order = start;
  const shown: string[] = [];
  for (let day = 0; day < days; day++) {
    const next = nextTip(TIPS, order, cryptoRandom, prefer);
    if (!next) throw new Error("no tip");
    shown.push(next.tip.id);
    order = next.order;
  }
  return { shown, order };
}

describe("the tip rotation with a saved stack", () => {
  it("shows the stack's tips first in every walk, and every tip once per walk", () => {
    for (let run = 0; run < 20; run++) {
      const { shown } = walk(24);
      for (let w = 0; w < 3; w++) {
        const one = shown.slice(w * 8, w * 8 + 8);
        expect([...one].sort()).toEqual(TIPS.map((t) => t.id).sort());
        // The first three of a walk are EKS's, but for the one swap that keeps the last tip
        // of a walk from opening the next.
        const first = one.slice(0, 4).filter((id) => EKS.has(id));
        expect(first.length).toBeGreaterThanOrEqual(3);
      }
      // No tip twice in a row across walks.
      for (let i = 1; i < shown.length; i++) expect(shown[i]).not.toBe(shown[i - 1]);
    }
  });

  it("brings the stack's tips forward among those a walk has left, repeating none", () => {
    const saved: TipOrder = {
      order: ["tip-5", "tip-1", "tip-3", "tip-4", "tip-2", "tip-6", "tip-8", "tip-7"],
      position: 2,
    };
    const reordered = preferredWalk(TIPS, saved, prefer, cryptoRandom);
    expect(reordered).toEqual({
      order: ["tip-5", "tip-1", "tip-2", "tip-7", "tip-3", "tip-4", "tip-6", "tip-8"],
      position: 2,
    });
    const { shown } = walk(6, saved);
    expect(shown).toEqual(["tip-2", "tip-7", "tip-3", "tip-4", "tip-6", "tip-8"]);
  });

  it("is the plain rotation when nothing is preferred", () => {
    const saved: TipOrder = { order: TIPS.map((t) => t.id), position: 3 };
    expect(preferredWalk(TIPS, saved, () => false, cryptoRandom)).toEqual(saved);
  });

  it("takes the stack's tips first for `tips now` from a store that keeps stacks", async () => {
    const store = new MemoryStore();
    await store.saveStack("slack", "C1", ["aws-rds"]);
    expect((await takeNextTip(store, "slack", "C1", TIPS))?.id).toBe("tip-4");
  });

  it("keeps the rotation going when the store cannot read the stack", async () => {
    const store = new MemoryStore();
    const failing = Object.assign(Object.create(store) as MemoryStore, {
      savedStack: async () => {
        throw new Error("database down");
      },
    });
    const wrapped = preferringStackTips(failing, TIPS);
    const order = await wrapped.tipOrder("slack", "C1");
    expect(order).toBeUndefined();
    expect(await takeNextTip(failing, "slack", "C1", TIPS)).toBeDefined();
  });
});

describe("the daily tip runner with a saved stack on Slack", () => {
  const kb = shippedKnowledge();
  const CHANNEL = "T0001/C2147483705"; // the recorded command's team and channel, as kept
  let slack: SlackHarness;
  beforeAll(async () => {
    slack = await startSlackHarness({ SRM_TIPS: "off" });
  });
  afterAll(() => slack.close());
  beforeEach(() => slack.fake.reset());

  let sent = 0;
  const srm = (text: string) =>
    commandReply(slack.url, { ...slashCommand(slack, text), trigger_id: `stack-tips.${++sent}` });

  it("posts the tips about the channel's stack before the others", async () => {
    const gke = kb.tips.filter((t) => t.services.includes("gcp-gke")).map((t) => t.id);
    expect(gke.length).toBeGreaterThan(2);
    await srm("stack gke");
    await srm("tips on 09:00 UTC daily");
    for (let day = 0; day < gke.length; day++) {
      const at = new Date(Date.UTC(2030, 0, 15 + day, 9, 1));
      expect(await slack.bot.runTips(at)).toEqual([expect.objectContaining({ outcome: "posted" })]);
    }
    expect(slack.fake.count("chat.postMessage")).toBe(gke.length);
    const order = await slack.store.tipOrder("slack", CHANNEL);
    expect(order?.position).toBe(gke.length);
    expect([...(order?.order.slice(0, gke.length) ?? [])].sort()).toEqual([...gke].sort());
    // The walk still holds every tip once.
    expect([...(order?.order ?? [])].sort()).toEqual(kb.tips.map((t) => t.id).sort());
  });
});
