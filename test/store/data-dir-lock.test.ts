// The embedded database serves one process: a second opener gets a clear, typed error, and a
// data dir left by a process that died is taken over.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE, lockDataDir } from "../../src/store/sql/data-dir-lock.js";
import { DataDirBusyError, openSqlStore } from "../../src/store/sql/index.js";

let dataDir = "";
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "srm-lock-"));
});
afterEach(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

/** The pid of a process that has exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", ""]);
  return child.pid;
}

describe("the data dir lock", () => {
  it("refuses a second holder with DataDirBusyError naming PostgreSQL as the way out", async () => {
    const release = await lockDataDir(dataDir);
    const second = lockDataDir(dataDir);
    await expect(second).rejects.toBeInstanceOf(DataDirBusyError);
    await expect(second).rejects.toThrow(/held by a running server \(pid \d+\).*DATABASE_URL/s);
    await release();
    const again = await lockDataDir(dataDir);
    await again();
  });

  it("takes over a lock file left by a process that died", async () => {
    await writeFile(join(dataDir, LOCK_FILE), `${deadPid()}\n`);
    const release = await lockDataDir(dataDir);
    expect((await readFile(join(dataDir, LOCK_FILE), "utf8")).trim()).toBe(String(process.pid));
    await release();
  });

  it("leaves a lock file held by a live process alone", async () => {
    await writeFile(join(dataDir, LOCK_FILE), `${process.ppid}\n`);
    const error = await lockDataDir(dataDir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataDirBusyError);
    expect((error as DataDirBusyError).pid).toBe(process.ppid);
  });
});

describe("the embedded store in another process", () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    if (child?.exitCode === null) child.kill("SIGKILL");
  });

  it("cannot be opened here while that process runs, and can once it died", async () => {
    const holder = fileURLToPath(new URL("./hold-data-dir.ts", import.meta.url));
    child = spawn(process.execPath, ["--import", "tsx", holder, dataDir], { stdio: "pipe" });
    await new Promise<void>((resolve, reject) => {
      child?.stdout?.on("data", (chunk: Buffer) => chunk.toString().includes("ready") && resolve());
      child?.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
    });
    const busy = await openSqlStore({ dataDir }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(DataDirBusyError);
    expect((busy as DataDirBusyError).pid).toBe(child.pid);
    // Killed without a chance to clean up, as a crash would leave it.
    const exited = new Promise((resolve) => child?.on("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    const store = await openSqlStore({ dataDir });
    expect(await store.ping()).toBe(true);
    await store.close();
  }, 60_000);
});
