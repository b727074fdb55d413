// A page fragment as data: elements and text, never an HTML string. The page turns it into DOM
// nodes with createElement and text nodes (playground/view.js), so no text from the knowledge
// base or the user can ever become markup.

export type ViewTag =
  | "div"
  | "span"
  | "b"
  | "i"
  | "s"
  | "code"
  | "a"
  | "br"
  | "hr"
  | "blockquote"
  | "button"
  | "label"
  | "input";

export interface ViewElement {
  readonly tag: ViewTag;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly children?: readonly ViewNode[];
}

/** A string is text, shown as it is. */
export type ViewNode = string | ViewElement;

export function el(
  tag: ViewTag,
  attrs: Record<string, string> = {},
  children: readonly ViewNode[] = [],
): ViewElement {
  return {
    tag,
    ...(Object.keys(attrs).length > 0 ? { attrs } : {}),
    ...(children.length > 0 ? { children } : {}),
  };
}

/** The text a fragment shows, as a reader sees it: for tests and for copy. */
export function textOf(node: ViewNode | readonly ViewNode[]): string {
  if (typeof node === "string") return node;
  if (Array.isArray(node)) return node.map((n) => textOf(n)).join("");
  const element = node as ViewElement;
  if (element.tag === "br") return "\n";
  return textOf(element.children ?? []);
}
