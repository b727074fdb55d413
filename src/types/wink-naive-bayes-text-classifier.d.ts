// The part of wink-naive-bayes-text-classifier's API srm-bot uses (the package ships no types).
declare module "wink-naive-bayes-text-classifier" {
  export interface NaiveBayesTextClassifier {
    defineConfig(config: { considerOnlyPresence?: boolean; smoothingFactor?: number }): boolean;
    definePrepTasks(tasks: ((input: string[]) => string[])[]): number;
    learn(input: string[], label: string): boolean;
    consolidate(): boolean;
    /** log2 odds of each label against the rest, best first; [["unknown", 0]] when no token is known. */
    computeOdds(input: string[]): [string, number][];
    exportJSON(): string;
    importJSON(json: string): boolean;
  }
  const create: () => NaiveBayesTextClassifier;
  export default create;
}
