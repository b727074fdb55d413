// The part of stopword's API srm-bot uses (the package ships no types). Only the English list
// is imported, from its own file: the package's main bundle carries 60 languages and costs
// ~40 ms to load.
declare module "stopword/src/stopwords_eng.js" {
  /** English stop words, lowercase. */
  export const eng: readonly string[];
}
