// `npm run bench:http`: srm-bot's production build against a bare Bolt app (bench/bare-bolt.mjs)
// acknowledging every /srm with a card of the same size, under autocannon, in alternating
// rounds on this machine. Each request is a distinct signed slash command (a new trigger id,
// so none is a replay), asking one question again and again (the answer cache's best case) or
// a different question each time (its worst). Prints throughput, p50 and p99 latency, errors and memory for both, and
// the ratios; then a soak of 100,000 requests on srm-bot alone, with its memory before and
// after. Asserts nothing: the targets and the figures are in the README.
import { type ChildProcess, spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

interface Result {
  requests: { average: number };
  latency: { p50: number; p99: number };
  errors: number;
  non2xx: number;
  timeouts: number;
}
type Autocannon = (options: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

const SECRET = "bench-signing-secret";
const ROUNDS = 3;
const SECONDS = 8;
const CONNECTIONS = 20;
const root = fileURLToPath(new URL("..", import.meta.url));

/** Starts a server on any free port; resolves it and the port it printed ("listening on …:N"). */
async function start(
  args: string[],
  env: Record<string, string>,
): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, args, {
    env: { PATH: process.env.PATH, PORT: "0", ...env },
    cwd: root,
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on("data", (d: Buffer) => {
      const at = /listening on [\d.:]+:(\d+)/.exec(d.toString());
      if (at) resolve(Number(at[1]));
    });
    child.on("exit", (code) => reject(new Error(`${args.join(" ")} exited with ${code}`)));
  });
  return { child, port };
}

function rssMb(child: ChildProcess): number {
  const status = readFileSync(`/proc/${child.pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

/**
 * Distinct questions (the project's own question sets), for rounds where every command asks
 * something new to the answer cache.
 */
const questions = readdirSync(join(root, "test/eval"))
  .filter((f) => f.endsWith(".jsonl"))
  .flatMap((f) => readFileSync(join(root, "test/eval", f), "utf8").split("\n"))
  .filter((l) => l.trim() !== "")
  .map((l) => (JSON.parse(l) as { question: string }).question);

/** A signed slash command, new each time: Slack never sends the same trigger id twice. */
let sent = 0;
function signedCommand(text = "who-owns patching on rds") {
  sent += 1;
  const body = new URLSearchParams({
    token: "x",
    team_id: "T0BENCH",
    channel_id: "C0BENCH",
    user_id: `U${sent % 500}`,
    command: "/srm",
    text,
    response_url: "http://127.0.0.1:9/response",
    trigger_id: `trigger.${sent}`,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  const signature = `v0=${createHmac("sha256", SECRET).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return {
    method: "POST",
    path: "/slack/events",
    body,
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-slack-request-timestamp": String(timestamp),
      "x-slack-signature": signature,
    },
  };
}

const load = (port: number, extra: Record<string, unknown>, varied = false) =>
  autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: CONNECTIONS,
    requests: [
      {
        setupRequest: (req: object) => ({
          ...req,
          ...signedCommand(varied ? questions[sent % questions.length] : undefined),
        }),
      },
    ],
    ...extra,
  });

const dataDir = mkdtempSync(join(tmpdir(), "srm-bench-"));
const { child: ours, port: ourPort } = await start(["dist/main.js"], {
  NODE_ENV: "production",
  // The embedded database (the default), in a folder of its own.
  SRM_DATA_DIR: dataDir,
  // info: the start-up lines (one says it is listening); requests log at debug.
  LOG_LEVEL: "info",
  SRM_RATE_LIMIT: "off",
  SLACK_SIGNING_SECRET: SECRET,
  SLACK_BOT_TOKEN: "xoxb-bench",
  SLACK_BOT_ID: "B0BENCH",
  SLACK_BOT_USER_ID: "U0BENCH",
});
// The baseline acknowledges with srm-bot's own answer to the same command: the same bytes.
const sample = await fetch(`http://127.0.0.1:${ourPort}/slack/events`, signedCommand());
const cardFile = join(tmpdir(), "srm-bench-card.json");
writeFileSync(cardFile, await sample.text());
const { child: bare, port: barePort } = await start(["bench/bare-bolt.mjs"], {
  SLACK_SIGNING_SECRET: SECRET,
  CARD_FILE: cardFile,
});

const totals = { ours: [] as Result[], bare: [] as Result[], varied: [] as Result[] };
for (let round = 0; round < ROUNDS; round++) {
  totals.bare.push(await load(barePort, { duration: SECONDS }));
  totals.ours.push(await load(ourPort, { duration: SECONDS }));
  totals.varied.push(await load(ourPort, { duration: SECONDS }, true));
}
const mean = (rs: Result[], f: (r: Result) => number) =>
  rs.reduce((s, r) => s + f(r), 0) / rs.length;
const line = (name: string, rs: Result[], child: ChildProcess) => {
  const failed = rs.reduce((s, r) => s + r.errors + r.non2xx + r.timeouts, 0);
  return `${name.padEnd(40)} ${mean(rs, (r) => r.requests.average)
    .toFixed(0)
    .padStart(
      6,
    )} req/s  p50 ${mean(rs, (r) => r.latency.p50).toFixed(1)} ms  p99 ${mean(rs, (r) => r.latency.p99).toFixed(1)} ms  errors ${failed}  RSS ${rssMb(child).toFixed(0)} MB`;
};
console.log(
  `${ROUNDS} alternating rounds of ${SECONDS} s, ${CONNECTIONS} connections, signed /srm commands`,
);
console.log(line("bare Bolt", totals.bare, bare));
console.log(line("srm-bot, one question asked again", totals.ours, ours));
console.log(line(`srm-bot, ${questions.length} distinct questions`, totals.varied, ours));
for (const [name, rs] of [
  ["one question", totals.ours],
  ["distinct questions", totals.varied],
] as const) {
  const ratio = (f: (r: Result) => number) => (mean(rs, f) / mean(totals.bare, f)).toFixed(2);
  console.log(
    `ratios (srm-bot / bare), ${name}: throughput ${ratio((r) => r.requests.average)}×, p50 ${ratio((r) => r.latency.p50)}×, p99 ${ratio((r) => r.latency.p99)}×`,
  );
}

const before = rssMb(ours);
const soak = await load(ourPort, { amount: 100_000 });
console.log(
  `soak: 100,000 requests to srm-bot, errors ${soak.errors + soak.non2xx + soak.timeouts}, RSS ${before.toFixed(0)} MB before, ${rssMb(ours).toFixed(0)} MB after`,
);
bare.kill();
ours.kill();
ours.once("exit", () => rmSync(dataDir, { recursive: true, force: true }));
