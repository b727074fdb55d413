// Who owns an area of a service: the variant's fact, else the service's, else the default of
// the service's model. An aspect narrows the area further when the caller names one.
import type { Owner } from "../contract.js";
import type { Area, Aspect, Fact, Knowledge, Model, Service, Variant } from "./types.js";

export type FactOrigin = "model-default" | "service" | "variant" | "aspect";

export interface Ownership {
  readonly area: Area;
  /** The service asked about, or undefined when the question was about a model itself. */
  readonly service?: Service;
  readonly model: Model;
  readonly variant?: Variant;
  /** True when the service has variants and none was named, so the default was assumed. */
  readonly variantAssumed: boolean;
  readonly aspect?: Aspect;
  readonly owner: Owner;
  readonly provider: string;
  readonly customer: string;
  readonly source: string;
  readonly origin: FactOrigin;
}

export interface OwnershipQuery {
  /** A service id or a model id (iaas, paas, saas). */
  readonly subject: string;
  readonly area: string;
  readonly variant?: string;
  readonly aspect?: string;
}

export function resolveOwnership(kb: Knowledge, query: OwnershipQuery): Ownership | undefined {
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

  const layers: [Fact | undefined, FactOrigin][] = [
    [variant?.responsibilities[area.id], "variant"],
    [service?.responsibilities[area.id], "service"],
    [fallback, "model-default"],
  ];
  const [fact, origin] = layers.find(([f]) => f !== undefined) as [Fact, FactOrigin];
  const aspect = query.aspect
    ? aspectsOf(fact, service?.responsibilities[area.id]).find((a) => a.id === query.aspect)
    : undefined;
  const chosen = aspect ?? fact;
  return {
    area,
    model,
    ...(service ? { service } : {}),
    ...(variant ? { variant } : {}),
    variantAssumed: variant !== undefined && named === undefined,
    ...(aspect ? { aspect } : {}),
    owner: chosen.owner,
    provider: chosen.provider,
    customer: chosen.customer,
    // A model default is cited from the model's own pages: it is not a fact about the service.
    source: aspect?.source ?? fact.source ?? model.sources[0] ?? "",
    origin: aspect ? "aspect" : origin,
  };
}

/**
 * The narrower facts that apply: the chosen fact's own, then the service's for the same area,
 * since a variant that restates an area ("provisioned" backups) still has the service's details.
 */
export function aspectsOf(fact: Fact | undefined, serviceFact: Fact | undefined): Aspect[] {
  const own = fact?.aspects ?? [];
  const inherited = fact === serviceFact ? [] : (serviceFact?.aspects ?? []);
  return [...own, ...inherited.filter((a) => !own.some((o) => o.id === a.id))];
}
