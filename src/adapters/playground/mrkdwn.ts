// Slack mrkdwn as Slack shows it, read into view nodes: *bold*, _italic_, ~strike~, `code`,
// <url|label> links, <@user> and <#channel> mentions, > quotes, line breaks and the emoji
// shortcodes our renderers use. Text is entity-decoded (&amp; &lt; &gt;) into text nodes only.
import { el, type ViewNode } from "./view.js";

/** The shortcodes our renderers write; others stay as text, as a client without them shows. */
const EMOJI: Record<string, string> = {
  bulb: "💡",
  warning: "⚠️",
  white_check_mark: "✅",
  x: "❌",
  "+1": "👍",
  "-1": "👎",
  thumbsup: "👍",
  thumbsdown: "👎",
};

/** Slack's three entities, the only ones it writes. */
export function decodeEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Plain text as Slack shows it: entities decoded and, with `emoji`, shortcodes replaced. */
export function plainText(text: string, emoji = true): string {
  const decoded = decodeEntities(text);
  return emoji ? decoded.replace(/:([a-z0-9_+-]+):/g, (m, name) => EMOJI[name] ?? m) : decoded;
}

export function mrkdwn(text: string): ViewNode[] {
  const out: ViewNode[] = [];
  text.split("\n").forEach((line, i, lines) => {
    // A quote is a line starting with a raw ">": an escaped "&gt;" is text.
    if (line.startsWith(">")) {
      out.push(el("blockquote", {}, inline(line.slice(1))));
      return;
    }
    out.push(...inline(line));
    if (i < lines.length - 1 && !lines[i + 1]?.startsWith(">")) out.push(el("br"));
  });
  return out;
}

const ANGLE = /<([^<>\n]+)>/y;
const CODE = /`([^`\n]+)`/y;
const STYLES: Record<string, { re: RegExp; tag: "b" | "i" | "s" }> = {
  "*": { re: /\*(\S(?:[^*\n]*\S)?)\*/y, tag: "b" },
  _: { re: /_(\S(?:[^_\n]*\S)?)_/y, tag: "i" },
  "~": { re: /~(\S(?:[^~\n]*\S)?)~/y, tag: "s" },
};

/** One line's inline formatting; what is not markup is text. */
function inline(text: string): ViewNode[] {
  const out: ViewNode[] = [];
  let plain = "";
  let i = 0;
  while (i < text.length) {
    const found = tokenAt(text, i);
    if (!found) {
      plain += text[i];
      i += 1;
      continue;
    }
    if (plain) out.push(plainText(plain));
    plain = "";
    out.push(found.node);
    i = found.end;
  }
  if (plain) out.push(plainText(plain));
  return out;
}

function tokenAt(text: string, i: number): { node: ViewNode; end: number } | undefined {
  const ch = text[i] ?? "";
  if (ch === "<") return matchAt(ANGLE, text, i, (inner) => angle(inner));
  if (ch === "`") return matchAt(CODE, text, i, (inner) => el("code", {}, [decodeEntities(inner)]));
  const style = STYLES[ch];
  // Emphasis opens and closes only at word edges: snake_case and 2*3*4 stay text.
  if (!style || isWordChar(text[i - 1])) return undefined;
  const found = matchAt(style.re, text, i, (inner) => el(style.tag, {}, inline(inner)));
  return found && !isWordChar(text[found.end]) ? found : undefined;
}

function matchAt(
  re: RegExp,
  text: string,
  i: number,
  make: (inner: string) => ViewNode,
): { node: ViewNode; end: number } | undefined {
  re.lastIndex = i;
  const m = re.exec(text);
  return m ? { node: make(m[1] ?? ""), end: i + m[0].length } : undefined;
}

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[\p{L}\p{N}]/u.test(ch);
}

/** `<…>`: a link, a user or channel mention, or a special mention such as <!here>. */
function angle(inner: string): ViewNode {
  const bar = inner.indexOf("|");
  const target = bar < 0 ? inner : inner.slice(0, bar);
  const label = bar < 0 ? undefined : inner.slice(bar + 1);
  if (target.startsWith("@")) return el("span", { class: "sk-mention" }, [`@${target.slice(1)}`]);
  if (target.startsWith("#")) {
    return el("span", { class: "sk-mention" }, [`#${label ?? target.slice(1)}`]);
  }
  if (target.startsWith("!")) {
    const name = target.slice(1).split("^")[0] ?? "";
    return el("span", { class: "sk-mention" }, [`@${label ?? name}`]);
  }
  const url = decodeEntities(target);
  const shown = plainText(label ?? target);
  if (!/^(https?:|mailto:)/i.test(url)) return shown;
  return el("a", { href: url, target: "_blank", rel: "noopener noreferrer" }, [shown]);
}
