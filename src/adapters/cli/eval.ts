// `npm run eval -- FILE.jsonl [FILE…]`: scores the bot on question sets and prints accuracy by
// intent, the wrong owners and every failure. Exit 1 below --min accuracy or on a wrong owner.
import { readFileSync, writeFileSync } from "node:fs";
import { Command } from "commander";
import { toContractJson } from "../../core/answers/contract-json.js";
import { Srm } from "../../core/srm.js";
import { formatKnownFailures } from "../../eval/known-failures.js";
import { type CaseResult, parseEvalFile, scoreCase, summarize } from "../../eval/score.js";
import { shippedClassifier } from "../../knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../../knowledge/files.js";
import { exitQuietlyOnClosedPipe } from "./closed-pipe.js";

exitQuietlyOnClosedPipe();

const program = new Command()
  .name("srm-eval")
  .argument("<files...>", "question sets in JSON Lines")
  .option("--min <percent>", "fail below this accuracy", "0")
  .option("--quiet", "print only the summary")
  .option("--write-known <file>", "write the ids of every failing question (the ratchet's list)")
  .parse();

const opts = program.opts<{ min: string; quiet?: boolean; writeKnown?: string }>();
const everyResult: CaseResult[] = [];
const srm = new Srm(await loadKnowledgeDir(), Date.now, shippedClassifier());
let failed = false;
for (const file of program.args) {
  const cases = parseEvalFile(readFileSync(file, "utf8"), file);
  const results = cases.map((c) => scoreCase(c, toContractJson(srm.ask(c.q).answer)));
  everyResult.push(...results);
  const s = summarize(results);
  const pct = (n: number, d: number) => (d === 0 ? "-" : `${((100 * n) / d).toFixed(1)}%`);
  console.log(
    `\n${file}: ${s.passed}/${s.total} passed (${pct(s.passed, s.total)}), wrong owners: ${s.wrongOwners}`,
  );
  for (const [intent, r] of Object.entries(s.byIntent)) {
    console.log(
      `  ${intent.padEnd(10)} ${String(r.passed).padStart(4)}/${String(r.total).padEnd(4)} ${pct(r.passed, r.total)}`,
    );
  }
  if (!opts.quiet) {
    for (const f of s.failures) {
      console.log(
        `  ${f.wrongOwner ? "WRONG OWNER " : "FAIL "}${f.case.id}: ${f.case.q}\n      ${f.mismatches.join("; ")}`,
      );
    }
  }
  if (s.wrongOwners > 0 || (100 * s.passed) / Math.max(1, s.total) < Number(opts.min))
    failed = true;
}
if (opts.writeKnown) {
  writeFileSync(opts.writeKnown, formatKnownFailures(everyResult));
  console.log(
    `\nwrote ${everyResult.filter((r) => !r.pass).length} known failures to ${opts.writeKnown}`,
  );
}
process.exitCode = failed ? 1 : 0;
