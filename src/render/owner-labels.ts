// How an owner is named at a glance, per provider: "AWS", "You", "Shared".

import type { SubjectInfo } from "../core/answers/types.js";
import type { Owner } from "../core/contract.js";

export function providerShort(subject: SubjectInfo | undefined): string {
  return subject?.provider?.short ?? "The provider";
}

export function ownerLabel(owner: Owner, subject?: SubjectInfo): string {
  if (owner === "provider") return providerShort(subject);
  if (owner === "customer") return "You";
  return `Shared: ${providerShort(subject)} and you`;
}

export const OWNER_EMOJI: Record<Owner, string> = { provider: "☁️", customer: "🧑‍💻", shared: "🤝" };
