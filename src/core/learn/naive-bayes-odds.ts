// The odds wink-naive-bayes-text-classifier gives each label, computed from its exported model
// in O(labels × tokens). wink's computeOdds re-adds every other label's counts for each label and
// token (O(labels² × tokens)): about 1 ms a question on the 22-area model, over the matcher's
// p99 budget. Same formula, same label order, same "nothing known" answer; a test holds the two
// equal on every question the project has. Training still uses wink itself.

/** wink's exportJSON: [config, samples per label, count per label and token, words per label, vocabulary]. */
type WinkModel = [
  { smoothingFactor: number },
  Record<string, number>,
  Record<string, Record<string, number>>,
  Record<string, number>,
  string[],
];

interface LabelStats {
  readonly label: string;
  readonly counts: Readonly<Record<string, number>>;
  /** log2 of the label's smoothed token total: each token's likelihood divides by it. */
  readonly logTotal: number;
  /** …and of every other label's, for the inverse likelihood. */
  readonly logOthersTotal: number;
  /** log2 prior of the label, and of all other labels together. */
  readonly logPrior: number;
  readonly logOthersPrior: number;
}

export class NaiveBayesOdds {
  private constructor(
    private readonly labels: readonly LabelStats[],
    /** How often each token was counted across all labels. */
    private readonly tokenTotals: ReadonlyMap<string, number>,
    private readonly smoothing: number,
  ) {}

  /** Reads a model written by wink's exportJSON. */
  static fromWinkJSON(json: string): NaiveBayesOdds {
    const [config, samples, count, words, vocabulary] = JSON.parse(json) as WinkModel;
    const sf = config.smoothingFactor;
    if (sf <= 0) throw new Error("naive Bayes model: a smoothing factor above 0 is required");
    const names = Object.keys(samples);
    const allSamples = names.reduce((n, l) => n + (samples[l] ?? 0), 0);
    const allWords = names.reduce((n, l) => n + (words[l] ?? 0), 0);
    const smoothedVocabulary = vocabulary.length * sf;
    const tokenTotals = new Map<string, number>();
    for (const label of names) {
      for (const [token, n] of Object.entries(count[label] ?? {})) {
        tokenTotals.set(token, (tokenTotals.get(token) ?? 0) + n);
      }
    }
    const labels = names.map((label) => ({
      label,
      counts: count[label] ?? {},
      logTotal: Math.log2((words[label] ?? 0) + smoothedVocabulary),
      logOthersTotal: Math.log2(allWords - (words[label] ?? 0) + smoothedVocabulary),
      logPrior: Math.log2(samples[label] ?? 0) - Math.log2(allSamples),
      logOthersPrior: Math.log2(allSamples - (samples[label] ?? 0)) - Math.log2(allSamples),
    }));
    return new NaiveBayesOdds(labels, tokenTotals, sf);
  }

  /** log2 odds of each label against all others, best first; empty when no token is known. */
  computeOdds(tokens: readonly string[]): [string, number][] {
    const known = tokens.filter((t) => this.tokenTotals.has(t));
    if (known.length === 0) return [];
    const sf = this.smoothing;
    const odds = this.labels.map((l): [string, number] => {
      let likelihood = l.logPrior;
      let inverse = l.logOthersPrior;
      for (const token of known) {
        const inLabel = l.counts[token] ?? 0;
        const elsewhere = (this.tokenTotals.get(token) ?? 0) - inLabel;
        likelihood += Math.log2(inLabel + sf) - l.logTotal;
        inverse += Math.log2(elsewhere + sf) - l.logOthersTotal;
      }
      return [l.label, likelihood - inverse];
    });
    // Stable, like wink's: equal odds keep the labels' training order.
    return odds.sort((a, b) => b[1] - a[1]);
  }
}
