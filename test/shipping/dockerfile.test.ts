// The Dockerfile's steps, run outside a container as test/helpers/dockerfile.ts describes: a
// clean copy of the project, the build stage, the runtime stage with production dependencies
// only, then the image's command started as the image starts it, until its health check passes
// and SIGTERM ends it cleanly. npm installs from its cache (offline): no test reaches the
// internet, and CI installed everything moments before.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { buildOutsideContainer, hostEnv, type Image } from "../helpers/dockerfile.js";
import { listeningPort } from "../helpers/process.js";

const root = fileURLToPath(new URL("../..", import.meta.url));
const work = mkdtempSync(join(tmpdir(), "srm-image-"));
let image: Image;
let server: ChildProcess | undefined;

/**
 * The project as `docker build .` would see it: the files git tracks or would (committed,
 * staged, or new and not ignored), as they are in the working tree; nothing ignored.
 */
function cleanContext(): string {
  const context = join(work, "context");
  const files = execFileSync("git", ["-C", root, "ls-files", "-co", "--exclude-standard", "-z"])
    .toString()
    .split("\0")
    .filter((f) => f !== "" && existsSync(join(root, f)));
  for (const file of files) cpSync(join(root, file), join(context, file), { recursive: true });
  return context;
}

beforeAll(() => {
  const dockerfile = readFileSync(join(root, "Dockerfile"), "utf8");
  try {
    image = buildOutsideContainer(dockerfile, cleanContext(), join(work, "image"), {
      npm_config_offline: "true",
    });
  } catch (error) {
    if (!String((error as { stderr?: unknown }).stderr ?? error).includes("ENOTCACHED"))
      throw error;
    // `npm install <package>` and `npm view` replace cached entries `npm ci` reads offline.
    throw new Error(
      "npm's cache lacks what the image installs: run `npm ci` (it fills the cache), then the tests",
    );
  }
}, 600_000);

afterAll(() => {
  server?.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

describe("the Dockerfile", () => {
  it("builds in two stages and keeps only production dependencies in the runtime", () => {
    expect(image.stages.map((s) => s.name)).toEqual(["build", "runtime"]);
    const app = join(image.runtime.root, "app");
    expect(existsSync(join(app, "dist", "main.js"))).toBe(true);
    expect(existsSync(join(app, "node_modules", "@slack", "bolt"))).toBe(true);
    expect(existsSync(join(app, "node_modules", "vitest"))).toBe(false);
    expect(existsSync(join(app, "node_modules", "typescript"))).toBe(false);
    expect(existsSync(join(app, "src"))).toBe(false);
  });

  it("runs as a non-root user, in production, with node itself as the process", () => {
    expect(image.user).toBe("node");
    expect(image.runtime.env.NODE_ENV).toBe("production");
    expect(image.cmd).toEqual(["node", "dist/main.js"]);
    expect(image.exposed).toEqual([image.runtime.env.PORT]);
  });

  it("starts as the image starts, passes its health check, and drains on SIGTERM", async () => {
    const cwd = join(image.runtime.root, "app");
    const [command, ...args] = image.cmd;
    server = spawn(command === "node" ? process.execPath : String(command), args, {
      cwd,
      env: { PATH: process.env.PATH, ...hostEnv(image.runtime), PORT: "0" },
    });
    const port = await listeningPort(server);
    const [check, ...checkArgs] = image.healthcheck;
    const health = () =>
      execFileSync(check === "node" ? process.execPath : String(check), checkArgs, {
        env: { PATH: process.env.PATH, ...hostEnv(image.runtime), PORT: String(port) },
      });
    expect(health).not.toThrow();
    // Without credentials the image serves the playground, its files and Microsoft's card library.
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("srm playground");
    const library = await fetch(`http://127.0.0.1:${port}/playground/vendor/adaptivecards.min.js`);
    expect(library.status).toBe(200);
    // compose.yaml's readiness check, against the same server.
    const [, composeCheck, ...composeArgs] = composeHealthcheck();
    expect(composeCheck).toBe("node");
    const composeScript = composeArgs.map((a) => a.replace(":3000/", `:${port}/`));
    expect(() => execFileSync(process.execPath, composeScript)).not.toThrow();
    const exited = new Promise<number | null>((resolve) => server?.once("exit", resolve));
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
  }, 60_000);
});

interface Compose {
  services: Record<
    string,
    {
      build?: string;
      environment?: Record<string, string>;
      deploy?: { replicas?: number };
      healthcheck?: { test: string[] };
      depends_on?: Record<string, unknown>;
    }
  >;
}

function compose(): Compose {
  return parseYaml(readFileSync(join(root, "compose.yaml"), "utf8")) as Compose;
}

function composeHealthcheck(): string[] {
  return compose().services.bot?.healthcheck?.test ?? [];
}

describe("compose.yaml", () => {
  it("runs two replicas of the image against one PostgreSQL, started once the database is healthy", () => {
    const { services } = compose();
    expect(services.bot?.build).toBe(".");
    expect(services.bot?.deploy?.replicas).toBe(2);
    expect(services.bot?.environment?.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@db:5432\//);
    expect(services.bot?.depends_on).toEqual({ db: { condition: "service_healthy" } });
    expect(services.db?.healthcheck?.test.join(" ")).toContain("pg_isready");
    expect(composeHealthcheck().join(" ")).toContain("/readyz");
  });
});
