// Turns a chat message into the words the matcher reads: platform markup (Slack mentions and
// links, Teams <at> tags), URLs, emoji and code fences are removed or unwrapped; case,
// accents, apostrophes and punctuation are folded.

const MAX_INPUT = 4000;

// Control characters (Cc, NUL included) and format characters (Cf: the bidirectional overrides
// and isolates that reorder text, zero-width characters): never quoted back, never matched.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** Platform markup and noise removed, human text kept: what a reply may quote back. */
export function stripMarkup(raw: string): string {
  return raw
    .slice(0, MAX_INPUT)
    .replace(INVISIBLE, " ")
    .replace(/<at>[^<]*<\/at>/gi, " ") // Teams mention of the bot
    .replace(/<[@#!][^>]*>/g, " ") // Slack user, channel and special mentions
    .replace(/<(https?:[^>|]+)\|([^>]*)>/g, "$2") // Slack link with a label: keep the label
    .replace(/<https?:[^>]*>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(/:[a-z0-9_+-]+:/g, " ") // Slack emoji shortcodes
    .replace(/```|`/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The words of a message, lowercase, for matching against aliases. */
export function wordsOf(raw: string): string[] {
  const text = stripMarkup(raw)
    .normalize("NFKD")
    .replace(/\p{M}/gu, "") // accents
    .toLowerCase()
    .replace(/\b(who|what|that|it|there|here|where|how|he|she|let)[’']s\b/g, "$1s") // "who's" -> "whos"
    .replace(/[’']s\b/g, "") // possessive: "google's" -> "google"
    .replace(/[’']/g, "") // contractions: "what's" -> "whats"
    .replace(/\s*&\s*/g, " and ")
    // "aws/ebs" names an AWS managed KMS key; it is about EBS only where EBS is named as well.
    .replace(/\baws\/([a-z0-9-]+)/g, (_key, service: string, _at, whole: string) =>
      new RegExp(`(?<!aws/)\\b${service}\\b`).test(whole) ? " " : " aws managed kms key ",
    );
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}
