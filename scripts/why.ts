// Developer aid: `npx tsx scripts/why.ts "question"` prints how the matcher read a question.
import { wordsOf } from "../src/core/match/clean-text.js";
import { findEntities } from "../src/core/match/entities.js";
import { correctSpelling } from "../src/core/match/spelling.js";
import { buildVocabulary } from "../src/core/match/vocabulary.js";
import { Srm } from "../src/core/srm.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";

const kb = await loadKnowledgeDir();
const vocab = buildVocabulary(kb);
const srm = new Srm(kb);
for (const q of process.argv.slice(2)) {
  const { words } = correctSpelling(wordsOf(q), vocab);
  const e = findEntities(words, vocab);
  console.log(q);
  console.log(
    "  subjects:",
    e.subjects.map((s) => `${s.phrase}→${JSON.stringify(s.target)}`).join(" "),
  );
  console.log(
    "  areas:",
    e.areas.map((a) => `${a.area}:${a.score}(${a.phrases.join(",")})`).join(" "),
  );
  console.log("  understood:", JSON.stringify(srm.ask(q).understood.interpretation));
}
