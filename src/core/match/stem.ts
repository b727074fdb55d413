/** Inflection-blind comparison: "keeping … patched" matches "keep … patch", "snapshots" "snapshot". */
export function stem(word: string): string {
  let w = word;
  // "continuously" matches "continuous", "incrementally" "incremental".
  if (w.length > 7 && w.endsWith("ly")) w = w.slice(0, -2);
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 3 && w.endsWith("e") ? w.slice(0, -1) : w;
}
