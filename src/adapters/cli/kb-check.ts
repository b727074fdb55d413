// `npm run kb:check [DIR]`: loads the knowledge base in full, exactly as the bot does on a
// changed folder, and reports its size, or every problem with its file, line and path. Exit 0
// when clean, 1 otherwise. It also says how many facts carry a `checked` month, and the oldest;
// `--to-check` lists the facts the next audit should start with. `--write-snapshot` (used by the build) also saves the checked result
// so that processes start without parsing the YAML again.
import {
  describeFreshness,
  factsToCheck,
  knowledgeFreshness,
} from "../../core/knowledge/freshness.js";
import { knowledgeFromData } from "../../core/knowledge/from-data.js";
import { knowledgeStats } from "../../core/knowledge/stats.js";
import { formatProblem, KnowledgeError } from "../../core/knowledge/types.js";
import {
  DEFAULT_KNOWLEDGE_DIR,
  loadKnowledgeDir,
  writeKnowledgeSnapshot,
} from "../../knowledge/files.js";

const args = process.argv.slice(2);
const write = args.includes("--write-snapshot");
const listToCheck = args.includes("--to-check");
const dir = args.find((a) => !a.startsWith("--")) ?? DEFAULT_KNOWLEDGE_DIR;
try {
  const kb = write
    ? knowledgeFromData(await writeKnowledgeSnapshot(dir))
    : await loadKnowledgeDir(dir, { snapshot: false });
  console.log(`knowledge base OK (${dir})`);
  for (const [name, count] of Object.entries(knowledgeStats(kb))) {
    console.log(`  ${name.padEnd(16)} ${count}`);
  }
  console.log(`  ${describeFreshness(knowledgeFreshness(kb))}`);
  if (listToCheck) {
    console.log("facts to check next (never checked first, then the oldest):");
    for (const f of factsToCheck(kb)) console.log(`  ${f.checked ?? "never  "}  ${f.where}`);
  }
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`knowledge base has ${error.problems.length} problem(s) (${dir}):`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
