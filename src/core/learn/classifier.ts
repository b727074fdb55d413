// The learned layer: two naive Bayes text classifiers (wink-naive-bayes-text-classifier), one
// for the intent of a question and one for its area, trained at build time (`npm run train`)
// and shipped as one JSON model, read back by NaiveBayesOdds. They help read what is asked where the rules are unsure; they
// never choose an owner, which comes from the knowledge base alone.
import type { NaiveBayesTextClassifier } from "wink-naive-bayes-text-classifier";
import { phraseFeatures, wordFeatures } from "./features.js";
import { NaiveBayesOdds } from "./naive-bayes-odds.js";

/** Makes an empty wink naive Bayes classifier, for training: passed in, so the package loads only there. */
export type NaiveBayesFactory = () => NaiveBayesTextClassifier;

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
  /** log2 of the odds of this label against all others: unlike p, it does not saturate at 1. */
  readonly odds: number;
}

/** What the matcher asks of the learned layer. */
export interface IntentAreaClassifier {
  /** Intents, most likely first; empty when no word of the question was seen in training. */
  intents(words: readonly string[]): Ranked[];
  /** Areas, most likely first; empty when no word of the question was seen in training. */
  areas(words: readonly string[]): Ranked[];
}

/**
 * The model read only when a question first needs it: most questions never do, so a one-shot
 * `srm ask` does not pay for parsing it. The caller supplies how to read it (the core does no I/O).
 */
export class LazyClassifier implements IntentAreaClassifier {
  private loaded: QuestionClassifier | undefined;

  constructor(private readonly read: () => ClassifierModel) {}

  intents(words: readonly string[]): Ranked[] {
    return this.model().intents(words);
  }

  areas(words: readonly string[]): Ranked[] {
    return this.model().areas(words);
  }

  private model(): QuestionClassifier {
    this.loaded ??= QuestionClassifier.fromModel(this.read());
    return this.loaded;
  }
}

export class QuestionClassifier implements IntentAreaClassifier {
  private constructor(
    private readonly intentModel: NaiveBayesOdds,
    private readonly areaModel: NaiveBayesOdds,
  ) {}

  static fromModel(model: ClassifierModel): QuestionClassifier {
    return new QuestionClassifier(
      NaiveBayesOdds.fromWinkJSON(model.intent),
      NaiveBayesOdds.fromWinkJSON(model.area),
    );
  }

  /** Intents, most likely first; empty when no word of the question was seen in training. */
  intents(words: readonly string[]): Ranked[] {
    return ranked(this.intentModel, phraseFeatures(words));
  }

  /** Areas, most likely first; empty when no word of the question was seen in training. */
  areas(words: readonly string[]): Ranked[] {
    return ranked(this.areaModel, wordFeatures(words));
  }
}

function ranked(nb: NaiveBayesOdds, features: string[]): Ranked[] {
  // log2 odds of one label against the rest, as a probability.
  return nb.computeOdds(features).map(([label, o]) => ({ label, p: 1 / (1 + 2 ** -o), odds: o }));
}

/** Trains both classifiers on labelled examples, in the order given, so the model is reproducible. */
export function trainClassifier(
  examples: readonly { readonly words: readonly string[]; intent: string; area?: string }[],
  trainedOn: string,
  create: NaiveBayesFactory,
): ClassifierModel {
  const intent = fresh(create);
  const area = fresh(create);
  for (const e of examples) {
    intent.learn(phraseFeatures(e.words), e.intent);
    if (e.area) area.learn(wordFeatures(e.words), e.area);
  }
  return { format: 1, trainedOn, intent: intent.exportJSON(), area: area.exportJSON() };
}

function fresh(create: NaiveBayesFactory): NaiveBayesTextClassifier {
  const nb = create();
  nb.defineConfig({ considerOnlyPresence: true, smoothingFactor: 0.5 });
  // Features are prepared by featuresOf; the classifier takes them as they are.
  nb.definePrepTasks([(tokens) => tokens]);
  return nb;
}
