// Slack's text rules: three characters must be escaped in any text Slack parses, so user text
// ("<!channel>", "<@U123>") can never ping anyone or become a link; and Block Kit's length limits.

/** Escapes &, < and > as Slack requires for mrkdwn and plain text alike. */
export function escapeSlack(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Cuts text to a Block Kit limit, ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

/** A link in mrkdwn to a URL from the knowledge base (https only, no markup characters). */
export function link(url: string, label: string): string {
  const safe = /^https:\/\/[^\s<>|]+$/.test(url) ? url : "";
  return safe ? `<${safe}|${escapeSlack(label)}>` : escapeSlack(label);
}

export const LIMITS = {
  blocks: 50,
  headerText: 150,
  sectionText: 3000,
  fieldText: 2000,
  fields: 10,
  buttonText: 75,
  actionValue: 2000,
  actionsElements: 25,
  contextElements: 10,
  checkboxOptions: 10,
  optionText: 75,
  messageText: 40000,
} as const;
