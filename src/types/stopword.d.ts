// The part of stopword's API srm-bot uses (the package ships no types).
declare module "stopword" {
  /** English stop words, lowercase. */
  export const eng: readonly string[];
}
