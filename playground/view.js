// The server's view nodes (see src/adapters/playground/view.ts) as DOM: elements by name from a
// fixed list, text as text nodes, attributes from a fixed list. No HTML string is ever parsed.

const TAGS = new Set([
  "div",
  "span",
  "b",
  "i",
  "s",
  "code",
  "a",
  "br",
  "hr",
  "blockquote",
  "button",
  "label",
  "input",
]);
const ATTRIBUTES = new Set(["class", "href", "target", "rel", "type", "value", "checked"]);

export function toDom(node) {
  if (typeof node === "string") return document.createTextNode(node);
  if (!node || !TAGS.has(node.tag)) return document.createTextNode("");
  const element = document.createElement(node.tag);
  for (const [name, value] of Object.entries(node.attrs ?? {})) {
    if (allowed(name, value)) element.setAttribute(name, value);
  }
  for (const child of node.children ?? []) element.append(toDom(child));
  return element;
}

function allowed(name, value) {
  if (name === "href") return /^(https?:|mailto:)/i.test(value);
  return ATTRIBUTES.has(name) || /^data-[a-z-]+$/.test(name);
}
