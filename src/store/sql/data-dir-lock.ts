// PGlite is PostgreSQL in this process: a second process opening the same files would corrupt
// them, and PGlite does not notice. A pid file created exclusively in the data directory says
// who holds it; a pid file whose process is gone is stale and taken over.
import { mkdir, open, readFile, unlink } from "node:fs/promises";
import { join } from "node:path";

export class DataDirBusyError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The data directory ${dataDir} is held by a running server (pid ${pid}). The embedded ` +
        "database serves one process at a time: stop that process, or give every process the " +
        "same PostgreSQL server with DATABASE_URL.",
    );
    this.name = "DataDirBusyError";
  }
}

export const LOCK_FILE = "srm.pid";

/** Takes the data directory for this process; resolves to the function that lets it go. */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await mkdir(dataDir, { recursive: true });
  const path = join(dataDir, LOCK_FILE);
  // Twice at most: once, and once more after removing a stale file.
  for (let attempt = 0; attempt < 2; attempt++) {
    if (await createExclusively(path)) return () => release(path);
    const holder = await readPid(path);
    if (holder !== undefined && isAlive(holder)) throw new DataDirBusyError(dataDir, holder);
    await unlink(path).catch(() => undefined);
  }
  throw new DataDirBusyError(dataDir, (await readPid(path)) ?? -1);
}

async function createExclusively(path: string): Promise<boolean> {
  try {
    const file = await open(path, "wx");
    await file.writeFile(`${process.pid}\n`);
    await file.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  }
}

async function readPid(path: string): Promise<number | undefined> {
  const text = await readFile(path, "utf8").catch(() => "");
  const pid = Number.parseInt(text.trim(), 10);
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

/** Signal 0 checks a process exists without touching it; EPERM means it exists as another user. */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function release(path: string): Promise<void> {
  // Only our own file: a stale-lock takeover by another process must not be undone.
  if ((await readPid(path)) === process.pid) await unlink(path).catch(() => undefined);
}
