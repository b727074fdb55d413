// The playground end to end in a real browser (Debian's Chromium through playwright-core): the
// server as `npm start` runs it without credentials, the page asked questions by typing, its
// buttons and ticks clicked, and what each pane shows read back. Skipped without Chromium,
// unless SRM_REQUIRE_BROWSER=1 asks for it.
import { copyFileSync, existsSync, mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API } from "../../src/adapters/playground/routes.js";
import { type PlaygroundHarness, startPlayground } from "./harness.js";

// SRM_CHROMIUM points elsewhere (or nowhere, to see the skip).
const CHROMIUM = process.env.SRM_CHROMIUM ?? "/usr/bin/chromium";
const required = process.env.SRM_REQUIRE_BROWSER === "1";
const present = existsSync(CHROMIUM);
const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

if (!present) {
  console.warn(
    `playground browser tests ${required ? "FAIL" : "skipped"}: no Chromium at ${CHROMIUM} (apt-get install chromium)`,
  );
}

describe.runIf(present || required)("the playground in a browser", () => {
  let h: PlaygroundHarness;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** Console errors (a CSP refusal is one), page errors and requests that left the server. */
  const problems: string[] = [];

  beforeAll(async () => {
    if (!present) throw new Error(`SRM_REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM}`);
    h = await startPlayground();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
    context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      permissions: ["clipboard-read", "clipboard-write"],
    });
    page = await watchedPage(context, h.url, problems);
  }, 30_000);

  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("answers /srm who-owns in both panes", async () => {
    const row = await askByTyping(page, "/srm who-owns patching on rds");
    const slack = row.locator(".slack-pane");
    const teams = row.locator(".teams-pane");
    await expect.poll(() => slack.innerText()).toContain("Patching on Amazon RDS");
    expect(await slack.innerText()).toContain("Only visible to you");
    expect(await slack.locator(".sk-text b").first().innerText()).toBe("Owner:");
    expect(await slack.locator(".sk-button", { hasText: "Share in channel" }).count()).toBe(1);
    expect(await slack.locator("a", { hasText: "Source" }).getAttribute("href")).toMatch(
      /^https:\/\/docs\.aws\.amazon\.com\//,
    );
    expect(await teams.innerText()).toContain("Patching on Amazon RDS");
    // The card's markdown is drawn by the page: bold as bold, the source as a link.
    expect(await teams.locator(".teams-card strong").first().innerText()).toBe(
      "Shared: AWS and you",
    );
    expect(await teams.locator(".teams-card a", { hasText: "Source" }).count()).toBe(1);
    expect(await teams.locator(".ac-pushButton", { hasText: "Explain Amazon RDS" }).count()).toBe(
      1,
    );
  });

  it("answers free text and a question with a typo", async () => {
    const free = await askByTyping(page, "is encryption on efs our job?");
    expect(await free.locator(".slack-pane").innerText()).toContain(
      "Encryption at rest on Amazon EFS",
    );
    expect(await free.locator(".teams-pane").innerText()).toContain(
      "Encryption at rest on Amazon EFS",
    );
    expect(await free.locator(".slack-pane").innerText()).not.toContain("Only visible to you");
    const typo = await askByTyping(page, "who patches lamda");
    for (const pane of [".slack-pane", ".teams-pane"]) {
      const text = await typo.locator(pane).innerText();
      expect(text, pane).toContain("Patching on AWS Lambda");
      expect(text, pane).toContain("Read “lamda” as “lambda”");
    }
  });

  it("runs a card's checklist button and keeps a tick, shown in both panes", async () => {
    const first = page.locator(".exchange").first();
    const checklistShown = page.waitForResponse((r) => r.url().endsWith(API.slackAction));
    await first.locator(".sk-button", { hasText: "Checklist for Amazon RDS" }).click();
    await checklistShown;
    // An ephemeral card is replaced in place, as Slack's response URL does.
    const list = page.locator(".exchange").first();
    await expect.poll(() => list.getAttribute("data-kind")).toBe("checklist");
    expect(await list.locator(".slack-pane").innerText()).toContain(
      "Your checklist for Amazon RDS",
    );
    const tick = page.waitForRequest((r) => r.url().endsWith(API.slackAction));
    const ticked = page.waitForResponse((r) => r.url().endsWith(API.slackAction));
    await list.locator(".sk-option input").nth(1).check();
    const { session } = JSON.parse((await tick).postData() ?? "{}") as { session: string };
    await ticked;
    const redrawn = page.locator(".exchange").first();
    await expect.poll(() => redrawn.locator(".sk-option input").nth(1).isChecked()).toBe(true);
    expect(await redrawn.locator(".sk-option input").nth(0).isChecked()).toBe(false);
    const toggles = redrawn.locator(".teams-card input[type=checkbox]");
    expect(await toggles.nth(1).isChecked()).toBe(true);
    expect(await toggles.nth(0).isChecked()).toBe(false);
    const id = await redrawn.getAttribute("data-message-id");
    expect(await h.store.ticks(`playground:${session}:${id}`)).toEqual(["1"]);
  });

  it("sends a Teams Action.Submit and shows the new card", async () => {
    const before = await page.locator(".exchange").count();
    const typo = page.locator(".exchange").nth(2);
    await typo.locator(".teams-pane .ac-pushButton", { hasText: "Explain AWS Lambda" }).click();
    await expect.poll(() => page.locator(".exchange").count()).toBe(before + 1);
    const added = page.locator(".exchange").last();
    expect(await added.locator(".asked").innerText()).toBe("Teams: you chose explain aws-lambda");
    expect(await added.locator(".slack-pane").innerText()).toContain(
      "Shared responsibility for AWS Lambda",
    );
  });

  it("previews the tip of the day, and copies a card's JSON", async () => {
    await page.locator("#tip").click();
    const tip = page.locator('.exchange[data-kind="tip"]').last();
    await expect.poll(() => tip.locator(".slack-pane").innerText()).toContain("💡 Tip of the day");
    expect(await tip.locator(".teams-pane").innerText()).toContain("Tip of the day");
    await tip.locator(".slack-pane .copy-json").click();
    const copied = JSON.parse(String(await page.evaluate("navigator.clipboard.readText()")));
    expect(copied.blocks[0].text.text).toContain("Tip of the day");
  });

  it("shows markup typed in a question as text", async () => {
    const hostile = "<img src=x onerror=alert(1)> who patches lamda";
    let alerted = false;
    page.once("dialog", async (d) => {
      alerted = true;
      await d.dismiss();
    });
    const row = await askByTyping(page, hostile);
    expect(await row.locator(".asked").innerText()).toBe(`You: ${hostile}`);
    expect(await page.locator("main img").count()).toBe(0);
    expect(alerted).toBe(false);
  });

  it("stacks the two panes at phone width", async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const row = page.locator(".exchange").first();
    const slack = await row.locator(".slack-pane").boundingBox();
    const teams = await row.locator(".teams-pane").boundingBox();
    expect(teams?.y).toBeGreaterThan((slack?.y ?? 0) + (slack?.height ?? 0) - 1);
    expect(Math.abs((teams?.x ?? 0) - (slack?.x ?? 0))).toBeLessThan(2);
    expect(await page.evaluate("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it("loads nothing from elsewhere and breaks no rule of its policy", () => {
    expect(problems).toEqual([]);
  });

  it("saves a screenshot", async () => {
    const shot = await watchedPage(context, h.url, problems);
    await askByTyping(shot, "/srm who-owns patching on rds");
    await askByTyping(shot, "who patches lamda");
    // One screen, as a reader sees it: the chat box stays at the bottom of the window.
    await shot.setViewportSize({ width: 1280, height: 1000 });
    await shot.evaluate("window.scrollTo(0, 0)");
    mkdirSync(root("test-output"), { recursive: true });
    mkdirSync(root("docs"), { recursive: true });
    await shot.screenshot({ path: root("test-output/playground.png") });
    copyFileSync(root("test-output/playground.png"), root("docs/playground.png"));
    expect(existsSync(root("docs/playground.png"))).toBe(true);
    await shot.close();
  }, 30_000);
});

async function watchedPage(context: BrowserContext, url: string, problems: string[]) {
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    if (!r.url().startsWith(url)) problems.push(`request elsewhere: ${r.url()}`);
  });
  await page.goto(`${url}/`);
  return page;
}

/** Types a question, sends it, and returns its exchange once both panes are drawn. */
async function askByTyping(page: Page, text: string): Promise<Locator> {
  const before = await page.locator(".exchange").count();
  await page.fill("#question", text);
  await page.press("#question", "Enter");
  const row = page.locator(".exchange").nth(before);
  await row.locator(".teams-card .ac-adaptiveCard").waitFor();
  await row.locator(".slack-card .sk-message").waitFor();
  return row;
}
