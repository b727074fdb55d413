// Who owns an area of a service: the variant's fact, else the service's, else the default of
// the service's model. A duty narrows the area to the one thing a question asks about.
import type { Owner } from "../contract.js";
import type { Area, Duty, Fact, Knowledge, Model, Service, Variant } from "./types.js";

export type FactOrigin = "model-default" | "service" | "variant" | "duty";

export interface Ownership {
  readonly area: Area;
  /** The service asked about, or undefined when the question was about a model itself. */
  readonly service?: Service;
  readonly model: Model;
  readonly variant?: Variant;
  /** True when the service has variants and none was named, so the default was assumed. */
  readonly variantAssumed: boolean;
  /** The one duty asked about, when the question named one. */
  readonly duty?: Duty;
  readonly owner: Owner;
  readonly provider: string;
  readonly customer: string;
  readonly source: string;
  readonly origin: FactOrigin;
  /** The month the answering fact was last checked against its source, when it has been. */
  readonly checked?: string;
  /** The case the area's fact describes when a plan, tier or creation path changes it. */
  readonly when?: string;
}

export interface OwnershipQuery {
  /** A service id or a model id (iaas, paas, saas). */
  readonly subject: string;
  readonly area: string;
  readonly variant?: string;
  readonly duty?: string;
}

/** The fact that decides an area for a subject, with where it came from. */
interface Layer {
  readonly area: Area;
  readonly model: Model;
  readonly service?: Service;
  readonly variant?: Variant;
  readonly variantAssumed: boolean;
  readonly fact: Fact;
  readonly origin: Exclude<FactOrigin, "duty">;
}

function layerFor(kb: Knowledge, query: OwnershipQuery): Layer | undefined {
  const area = kb.areas.get(query.area);
  if (!area) return undefined;
  const service = kb.services.get(query.subject);
  const model = service
    ? kb.models.get(service.model)
    : kb.models.get(query.subject as Model["id"]);
  if (!model) return undefined;
  const fallback = model.defaults[area.id];
  if (!fallback) return undefined;

  const named = service?.variants.find((v) => v.id === query.variant);
  const assumed = named
    ? undefined
    : service?.variants.find((v) => v.id === service.defaultVariant);
  const variant = named ?? assumed;

  const layers: [Fact | undefined, Layer["origin"]][] = [
    [variant?.responsibilities[area.id], "variant"],
    [service?.responsibilities[area.id], "service"],
    [fallback, "model-default"],
  ];
  const [fact, origin] = layers.find(([f]) => f !== undefined) as [Fact, Layer["origin"]];
  return {
    area,
    model,
    ...(service ? { service } : {}),
    ...(variant ? { variant } : {}),
    variantAssumed: variant !== undefined && named === undefined,
    fact,
    origin,
  };
}

export function resolveOwnership(kb: Knowledge, query: OwnershipQuery): Ownership | undefined {
  const layer = layerFor(kb, query);
  if (!layer) return undefined;
  const { area, model, service, variant, fact, origin } = layer;
  const duty = query.duty ? dutiesOfLayer(layer).find((d) => d.id === query.duty) : undefined;
  return {
    area,
    model,
    ...(service ? { service } : {}),
    ...(variant ? { variant } : {}),
    variantAssumed: layer.variantAssumed,
    ...(duty ? { duty } : {}),
    owner: duty?.owner ?? fact.owner,
    provider: duty?.provider ?? (duty?.owner === "provider" ? duty.text : fact.provider),
    customer: duty?.customer ?? (duty?.owner === "customer" ? duty.text : fact.customer),
    // A model default is cited from the model's own pages: it is not a fact about the service.
    source: duty?.source ?? fact.source ?? model.sources[0] ?? "",
    origin: duty ? "duty" : origin,
    ...checkedOf(duty, fact),
    ...(fact.when ? { when: fact.when } : {}),
  };
}

/**
 * A duty checked on its own carries its month; a stated duty otherwise has its area fact's
 * month (they are checked together); a checklist item is checked only on its own.
 */
function checkedOf(duty: Duty | undefined, fact: Fact): { checked?: string } {
  const listed = duty?.id.startsWith(CHECKLIST_DUTY) ?? false;
  const checked = duty?.checked ?? (listed ? undefined : fact.checked);
  return checked ? { checked } : {};
}

// Each subject's duties per area, worked out once per knowledge base: the matcher asks often.
const dutyCache = new WeakMap<Knowledge, Map<string, readonly Duty[]>>();

/** Every duty of one area of a subject: what a question about one part is matched against. */
export function dutiesFor(kb: Knowledge, query: Omit<OwnershipQuery, "duty">): readonly Duty[] {
  let cache = dutyCache.get(kb);
  if (!cache) {
    cache = new Map();
    dutyCache.set(kb, cache);
  }
  const key = `${query.subject}|${query.variant ?? ""}|${query.area}`;
  let duties = cache.get(key);
  if (!duties) {
    const layer = layerFor(kb, query);
    duties = layer ? dutiesOfLayer(layer) : [];
    // Bounded by the knowledge base: subjects × variants × areas, whatever is asked.
    if (kb.areas.has(query.area) && (kb.services.has(query.subject) || layer))
      cache.set(key, duties);
  }
  return duties;
}

/**
 * The duties that apply: the deciding fact's own, then the service's for the same area (a
 * variant that restates an area still has the service's details), then the customer's duties
 * the service's (or model's) checklist lists for the area: the checklist is the customer's
 * duties, written once.
 */
function dutiesOfLayer(layer: Layer): Duty[] {
  const serviceFact = layer.service?.responsibilities[layer.area.id];
  const own = layer.fact.duties ?? [];
  const inherited = layer.fact === serviceFact ? [] : (serviceFact?.duties ?? []);
  const stated = [...own, ...inherited.filter((d) => !own.some((o) => o.id === d.id))];
  // The checklist is the service's: a variant that restates the area ("eks on fargate": AWS
  // patches the nodes) is not bound by the service's duties for it.
  const checklist = layer.service?.checklist ?? layer.model.checklist;
  const listed = layer.origin === "variant" ? [] : checklistDuties(checklist, layer.area.id);
  // A service that says nothing of an area takes the model's default, and with it the model's
  // customer duties there ("serve your own endpoints over tls" under PaaS).
  const modelListed =
    layer.origin === "model-default" && layer.service
      ? checklistDuties(layer.model.checklist, layer.area.id)
      : [];
  const all = [...stated, ...listed, ...modelListed];
  return all.filter((d, i) => all.findIndex((o) => o.text === d.text) === i);
}

/** Every duty the knowledge base states or lists, each once: what the duty index is built from. */
export function allDuties(kb: Knowledge): Duty[] {
  const found = new Set<Duty>();
  const facts = (r: Readonly<Record<string, Fact>>) => {
    for (const fact of Object.values(r)) for (const d of fact.duties ?? []) found.add(d);
  };
  const listed = (checklist: Service["checklist"]) => {
    for (const area of kb.areas.keys())
      for (const d of checklistDuties(checklist, area)) found.add(d);
  };
  for (const model of kb.models.values()) {
    facts(model.defaults);
    listed(model.checklist);
  }
  for (const service of kb.services.values()) {
    facts(service.responsibilities);
    for (const v of service.variants) facts(v.responsibilities);
    listed(service.checklist);
  }
  return [...found];
}

/** The id prefix of a duty that is a checklist item ("checklist-3"). */
const CHECKLIST_DUTY = "checklist-";

const checklistCache = new WeakMap<object, Map<string, Duty[]>>();

function checklistDuties(
  checklist: Service["checklist"] | Model["checklist"],
  area: string,
): Duty[] {
  let byArea = checklistCache.get(checklist);
  if (!byArea) {
    byArea = new Map();
    for (const [i, item] of checklist.entries()) {
      const duty: Duty = {
        id: `${CHECKLIST_DUTY}${i + 1}`,
        owner: "customer",
        text: item.item,
        ...(item.source ? { source: item.source } : {}),
        ...(item.checked ? { checked: item.checked } : {}),
      };
      byArea.set(item.area, [...(byArea.get(item.area) ?? []), duty]);
    }
    checklistCache.set(checklist, byArea);
  }
  return byArea.get(area) ?? [];
}
