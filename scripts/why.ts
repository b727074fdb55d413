// Developer aid: `npx tsx scripts/why.ts "question"` prints how the matcher read a question.

import { dutiesFor } from "../src/core/knowledge/resolve.js";
import { wordsOf } from "../src/core/match/clean-text.js";
import { findEntities } from "../src/core/match/entities.js";
import { correctSpelling } from "../src/core/match/spelling.js";
import { buildVocabulary } from "../src/core/match/vocabulary.js";
import { Srm } from "../src/core/srm.js";
import { shippedClassifier } from "../src/knowledge/classifier-file.js";
import { loadKnowledgeDir } from "../src/knowledge/files.js";

const kb = await loadKnowledgeDir();
const vocab = buildVocabulary(kb);
const classifier = shippedClassifier();
const srm = new Srm(kb, Date.now, classifier);
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
  const understood = srm.ask(q).understood.interpretation;
  console.log("  understood:", JSON.stringify(understood));
  const intents = classifier.intents(words).slice(0, 2);
  const areas = classifier.areas(words).slice(0, 2);
  const show = (r: { label: string; p: number }[]) =>
    r.map((x) => `${x.label}:${x.p.toFixed(3)}`).join(" ");
  console.log("  learned:", show(intents), "|", show(areas));
  if (understood.intent === "who-owns") {
    const { subject, area } = understood;
    const duties = dutiesFor(kb, {
      subject: subject.id,
      area,
      ...(subject.variant ? { variant: subject.variant } : {}),
    });
    const scores = new Map(vocab.duties.scores(duties, words).map((s) => [s.duty, s]));
    for (const d of duties) {
      const s = scores.get(d);
      const score = s ? `${s.score.toFixed(1)}/${s.matched}` : "-";
      console.log(`  duty ${score.padStart(7)} ${d.owner.padEnd(8)} ${d.id}: ${d.text}`);
    }
  }
}
