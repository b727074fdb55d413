/** The form in which aliases are compared: lowercase words separated by single spaces. */
export function normalizeAlias(alias: string): string {
  return alias
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
