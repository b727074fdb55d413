// The learned layer: two naive Bayes text classifiers (wink-naive-bayes-text-classifier), one
// for the intent of a question and one for its area, trained at build time (`npm run train`)
// and shipped as one JSON model. They help read what is asked where the rules are unsure; they
// never choose an owner, which comes from the knowledge base alone.
import createClassifier, { type NaiveBayesTextClassifier } from "wink-naive-bayes-text-classifier";
import { featuresOf } from "./features.js";

/** The shipped model: both classifiers and the hash of the examples they were trained on. */
export interface ClassifierModel {
  readonly format: 1;
  /** sha256 of the training examples: a test fails when they change and the model does not. */
  readonly trainedOn: string;
  readonly intent: string;
  readonly area: string;
}

/** A label with the probability the classifier gives it against all the others. */
export interface Ranked {
  readonly label: string;
  readonly p: number;
}

export class QuestionClassifier {
  private constructor(
    private readonly intentModel: NaiveBayesTextClassifier,
    private readonly areaModel: NaiveBayesTextClassifier,
  ) {}

  static fromModel(model: ClassifierModel): QuestionClassifier {
    return new QuestionClassifier(imported(model.intent), imported(model.area));
  }

  /** Intents, most likely first; empty when no word of the question was seen in training. */
  intents(words: readonly string[]): Ranked[] {
    return ranked(this.intentModel, words);
  }

  /** Areas, most likely first; empty when no word of the question was seen in training. */
  areas(words: readonly string[]): Ranked[] {
    return ranked(this.areaModel, words);
  }
}

function imported(json: string): NaiveBayesTextClassifier {
  const nb = createClassifier();
  nb.importJSON(json);
  nb.consolidate();
  return nb;
}

function ranked(nb: NaiveBayesTextClassifier, words: readonly string[]): Ranked[] {
  const odds = nb.computeOdds(featuresOf(words));
  if (odds.length === 1 && odds[0]?.[1] === 0) return [];
  // log2 odds of one label against the rest, as a probability.
  return odds.map(([label, o]) => ({ label, p: 1 / (1 + 2 ** -o) }));
}

/** Trains both classifiers on labelled examples, in the order given, so the model is reproducible. */
export function trainClassifier(
  examples: readonly { readonly words: readonly string[]; intent: string; area?: string }[],
  trainedOn: string,
): ClassifierModel {
  const intent = fresh();
  const area = fresh();
  for (const e of examples) {
    const features = featuresOf(e.words);
    intent.learn(features, e.intent);
    if (e.area) area.learn(features, e.area);
  }
  return { format: 1, trainedOn, intent: intent.exportJSON(), area: area.exportJSON() };
}

function fresh(): NaiveBayesTextClassifier {
  const nb = createClassifier();
  nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  // Features are prepared by featuresOf; the classifier takes them as they are.
  nb.definePrepTasks([(tokens) => tokens]);
  return nb;
}
