// `npm run kb:check [DIR]`: loads the knowledge base exactly as the bot does and reports its
// size, or every problem with its file, line and path. Exit 0 when clean, 1 otherwise.
import { knowledgeStats } from "../../core/knowledge/stats.js";
import { formatProblem, KnowledgeError } from "../../core/knowledge/types.js";
import { DEFAULT_KNOWLEDGE_DIR, loadKnowledgeDir } from "../../knowledge/files.js";

const dir = process.argv[2] ?? DEFAULT_KNOWLEDGE_DIR;
try {
  const stats = knowledgeStats(await loadKnowledgeDir(dir));
  console.log(`knowledge base OK (${dir})`);
  for (const [name, count] of Object.entries(stats)) console.log(`  ${name.padEnd(16)} ${count}`);
} catch (error) {
  if (!(error instanceof KnowledgeError)) throw error;
  console.error(`knowledge base has ${error.problems.length} problem(s) (${dir}):`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  process.exitCode = 1;
}
