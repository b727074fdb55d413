/**
 * Whether `words` say the phrase's words in order, with at most one other word between two of
 * them: "major postgres version" says "major version", "custom linux container" "custom container".
 */
export function saysInOrder(words: readonly string[], phrase: readonly string[]): boolean {
  return spanInOrder(words, phrase) !== undefined;
}

/** Where `words` first say the phrase in order (see `saysInOrder`): its first and last index. */
export function spanInOrder(
  words: readonly string[],
  phrase: readonly string[],
): readonly [number, number] | undefined {
  if (phrase.length === 0) return undefined;
  for (let start = 0; start < words.length; start++) {
    if (words[start] !== phrase[0]) continue;
    let at = start;
    let ok = true;
    for (const next of phrase.slice(1)) {
      if (words[at + 1] === next) at += 1;
      else if (words[at + 2] === next) at += 2;
      else {
        ok = false;
        break;
      }
    }
    if (ok) return [start, at];
  }
  return undefined;
}
