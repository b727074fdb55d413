// The playground's page over real HTTP on loopback, as `npm start` serves it without
// credentials: the page and its files with their security headers, nothing else from disk, and
// nothing at all once credentials are set (unless SRM_PLAYGROUND=1).
import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { API } from "../../src/adapters/playground/routes.js";
import { ask, type PlaygroundHarness, postJson, SESSION, startPlayground } from "./harness.js";

let h: PlaygroundHarness;
beforeAll(async () => {
  h = await startPlayground();
});
afterAll(() => h.close());

/** GET with the path sent byte for byte (fetch would resolve ../ first). */
function rawGet(
  url: string,
  path: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers }, (res) => {
      let body = "";
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.path = path;
    req.on("error", reject);
    req.end();
  });
}

describe("the playground page", () => {
  it("is served at / with security headers that allow only its own files", async () => {
    const res = await fetch(`${h.url}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("default-src 'none'");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/playground/app.js"></script>');
    // No inline script or style: the policy would block them.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|style="/);
  });

  it("serves its scripts, styles and the Adaptive Cards renderer with their types", async () => {
    for (const [path, type] of [
      ["/playground/app.js", "text/javascript; charset=utf-8"],
      ["/playground/view.js", "text/javascript; charset=utf-8"],
      ["/playground/style.css", "text/css; charset=utf-8"],
      ["/playground/favicon.svg", "image/svg+xml"],
      ["/playground/vendor/adaptivecards.min.js", "text/javascript; charset=utf-8"],
    ]) {
      const res = await fetch(`${h.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toBe(type);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect((await res.text()).length, path).toBeGreaterThan(100);
    }
    const vendor = await (await fetch(`${h.url}/playground/vendor/adaptivecards.min.js`)).text();
    expect(vendor).toContain("AdaptiveCard");
  });

  it("serves nothing else: traversal, encoded dots and slashes, folders are 404", async () => {
    for (const path of [
      "/../package.json",
      "/%2e%2e/package.json",
      "/%2e%2e/",
      "/%2E%2E%2Fpackage.json",
      "/playground/../package.json",
      "/playground/%2e%2e/%2e%2e/package.json",
      "/playground/..%2f..%2fpackage.json",
      "/playground/%2fetc%2fpasswd",
      "/playground/",
      "/playground",
      "/playground/vendor/",
      "/playground/app.js/",
      "/playground/index.html",
      "/playground/vendor/adaptivecards.js",
      "/package.json",
      "/src/bot.ts",
      "//etc/passwd",
      "/playground\\..\\package.json",
    ]) {
      const res = await rawGet(h.url, path);
      expect(res.status, path).toBe(404);
      expect(res.body, path).not.toContain('"name": "srm-bot"');
    }
  });

  it("refuses a loopback server reached by another host name (DNS rebinding)", async () => {
    expect((await rawGet(h.url, "/", { host: "evil.example:3000" })).status).toBe(403);
    expect((await rawGet(h.url, "/", { host: "localhost:3000" })).status).toBe(200);
  });
});

describe("with credentials set", () => {
  it("is off unless SRM_PLAYGROUND=1, and then on", async () => {
    const teams = { MicrosoftAppId: "app", MicrosoftAppPassword: "p", MicrosoftAppTenantId: "t" };
    const off = await startPlayground(teams);
    const on = await startPlayground({ ...teams, SRM_PLAYGROUND: "1", HOST: "127.0.0.1" });
    try {
      expect((await fetch(`${off.url}/`)).status).toBe(404);
      expect(
        (await postJson(`${off.url}${API.ask}`, { session: SESSION, text: "tip" })).status,
      ).toBe(404);
      expect((await fetch(`${on.url}/`)).status).toBe(200);
      expect((await ask(on.url, "tip")).message?.kind).toBe("tip");
    } finally {
      await off.close();
      await on.close();
    }
  });
});
