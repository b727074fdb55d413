// Which tip to show: the same one all day (so a channel and a DM agree), narrowed to the
// service or area asked about when there are tips for it.
import type { Knowledge, Tip } from "../knowledge/types.js";

const DAY_MS = 86_400_000;

export function pickTip(kb: Knowledge, now: Date, service?: string, area?: string): Tip {
  const about = kb.tips.filter(
    (t) =>
      (service === undefined || t.services.includes(service)) &&
      (area === undefined || t.areas.includes(area)),
  );
  const pool = about.length > 0 ? about : kb.tips;
  const day = Math.floor(now.getTime() / DAY_MS);
  const tip = pool[day % pool.length];
  if (!tip) throw new Error("the knowledge base has no tips");
  return tip;
}
