// Terminal colour for the stack views, the same styles as the single answers (render/text.ts).
import { styleText } from "node:util";
import type { Owner } from "../../core/contract.js";

type Format = Exclude<Parameters<typeof styleText>[0], readonly unknown[]>;
export type Paint = (style: Format | Format[], text: string) => string;

export const OWNER_STYLE: Record<Owner, Format> = {
  provider: "cyan",
  customer: "yellow",
  shared: "magenta",
};

/**
 * Colour when asked, whatever the stream: the caller has already decided (a TTY, no --no-color),
 * and Node would otherwise drop it again off a TTY, which makes the renderer impure.
 */
export function painter(color: boolean): Paint {
  return color ? (s, t) => styleText(s, t, { validateStream: false }) : (_s, t) => t;
}
