// The markdown Teams renders in a card's text (bold, italic, links, backslash escapes, line
// breaks), for the Adaptive Cards library, which leaves markdown to its host. Built as DOM and
// serialised by the browser, so text stays text; only https links are made.

// Escaped characters are set aside as private-use characters so they never read as markup.
const ESCAPED = /\\([\\`*_[\]{}()#+\-.!~>|])/g;
const SET_ASIDE = /[\uE000-\uE07F]/g;
const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|_(.+?)_|\[([^\]]+)\]\((https:\/\/[^)\s]+)\)/g;

export function markdownToHtml(text) {
  const root = document.createElement("p");
  const lines = text
    .replace(ESCAPED, (_, ch) => String.fromCharCode(0xe000 + ch.charCodeAt(0)))
    .split("\n");
  lines.forEach((line, i) => {
    appendInline(root, line);
    if (i < lines.length - 1) root.append(document.createElement("br"));
  });
  return root.outerHTML;
}

function appendInline(parent, text) {
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    parent.append(restore(text.slice(last, m.index)));
    parent.append(markup(m));
    last = m.index + m[0].length;
  }
  parent.append(restore(text.slice(last)));
}

function markup(m) {
  const [, bold, star, underscore, label, url] = m;
  if (label !== undefined) {
    const a = document.createElement("a");
    a.href = url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.textContent = restore(label);
    return a;
  }
  const element = document.createElement(bold !== undefined ? "strong" : "em");
  appendInline(element, bold ?? star ?? underscore);
  return element;
}

function restore(text) {
  return text.replace(SET_ASIDE, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xe000));
}
