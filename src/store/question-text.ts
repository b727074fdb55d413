// Unanswered questions are kept to improve the knowledge base, not to know who asked: mentions
// and user ids go, whitespace is collapsed, and the text is cut to a bounded length.

export const MAX_QUESTION_CHARS = 300;

/** Slack mentions (<@U123>, <@U123|name>) and bare Slack user ids (U…, W… in capitals). */
const MENTION = /<@[A-Z0-9]+(\|[^>]*)?>/g;
const USER_ID = /\b[UW][A-Z0-9]{8,}\b/g;

export function cleanQuestion(text: string): string {
  const cleaned = text.replace(MENTION, " ").replace(USER_ID, " ").replace(/\s+/g, " ").trim();
  return [...cleaned].slice(0, MAX_QUESTION_CHARS).join("");
}

/** Questions that differ only in case or spacing are counted as one. */
export function questionKey(cleaned: string): string {
  return cleaned.toLowerCase();
}
