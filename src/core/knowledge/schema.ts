// The shape of each knowledge file, checked at load. Cross-file rules (known ids, contract
// coverage, unique aliases) live in validate.ts; these schemas check one file at a time.
import { z } from "zod";
import { OWNERS } from "../contract.js";

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase kebab-case id");
const text = z.string().trim().min(1, "must not be empty");
const sourceUrl = z.url({ protocol: /^https$/, error: "must be an https URL" });
const alias = z
  .string()
  .trim()
  .min(2, "an alias needs at least two characters")
  .refine((s) => s === s.toLowerCase(), "aliases are lowercase");
const owner = z.enum(OWNERS);
/** The month a fact was last checked against the provider's page: `2026-12`. */
const checked = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])$/, "must be a month written YYYY-MM")
  .optional();
const day = z
  .string()
  .regex(/^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, "must be a date YYYY-MM-DD");

/**
 * One duty inside an area, done by one side ("replicates each volume inside its AZ"). `text`
 * is the duty in a few words; `keywords` are phrases that name it outright; `provider` and
 * `customer` replace the area's card texts when the duty is the answer.
 */
const dutyFields = {
  id,
  owner,
  text,
  keywords: z.array(alias).min(1).optional(),
  provider: text.optional(),
  customer: text.optional(),
  // What the customer must have turned on first ("Multi-AZ"): the provider does this duty only then.
  after: text.optional(),
  checked,
};
/** A model's duty: the model cites its own pages. */
const defaultDuty = z.strictObject({ ...dutyFields, source: sourceUrl.optional() });
/** A service's duty: sourced like every other service fact. */
const serviceDuty = z.strictObject({ ...dutyFields, source: sourceUrl });

/** A model's default for one area: no source per fact, the model cites its own pages. */
const defaultFact = z.strictObject({
  owner,
  provider: text,
  customer: text,
  duties: z.array(defaultDuty).optional(),
  checked,
});

/** A service-specific fact: always sourced from the provider's own documentation. */
const fact = z.strictObject({
  owner,
  provider: text,
  customer: text,
  source: sourceUrl,
  duties: z.array(serviceDuty).optional(),
  // The case the fact describes when a plan, tier or creation path changes the default
  // ("storage accounts created in the Azure portal").
  when: text.optional(),
  checked,
});

const responsibilities = z.record(z.string(), fact);

const checklistItem = z.strictObject({
  area: z.string(),
  item: text,
  source: sourceUrl.optional(),
  checked,
});

export const areasFile = z.strictObject({
  areas: z
    .array(
      z.strictObject({
        id,
        title: text,
        description: text,
        aliases: z.array(alias),
        // Areas a belief about this one usually forgets: "no patching on lambda" forgets the
        // function's own dependencies.
        related: z.array(id).optional(),
      }),
    )
    .min(1),
});

export const providersFile = z.strictObject({
  providers: z
    .array(
      z.strictObject({
        id,
        name: text,
        short: text,
        aliases: z.array(alias),
        // The service that answers for the provider itself in an area, when a question names the
        // provider and no service ("who turns on mfa for our aws console" is AWS IAM's).
        area_services: z.record(z.string(), z.string()).optional(),
      }),
    )
    .min(1),
});

export const categoriesFile = z.strictObject({
  categories: z
    .array(
      z.strictObject({
        id,
        name: text,
        description: text,
        examples: z.array(text).min(1),
      }),
    )
    .min(1),
});

export const modelsFile = z.strictObject({
  models: z
    .array(
      z.strictObject({
        id,
        name: text,
        summary: text,
        aliases: z.array(alias),
        sources: z.array(sourceUrl).min(1),
        defaults: z.record(z.string(), defaultFact),
        checklist: z.array(checklistItem).min(1, "a checklist must not be empty"),
      }),
    )
    .min(1),
});

export const decisionTreeFile = z.strictObject({
  decision_tree: z.strictObject({
    summary: text,
    source: sourceUrl,
    steps: z
      .array(
        z.strictObject({
          question: text,
          owner,
          because: text,
          examples: z.array(text).min(1),
          areas: z.array(z.string()).min(1),
        }),
      )
      .min(1),
  }),
});

const variant = z.strictObject({
  id,
  name: text,
  aliases: z.array(alias),
  // Descriptions that name the variant only once its service is known ("billed per ecpu").
  hints: z.array(alias).optional(),
  summary: text.optional(),
  responsibilities,
});

export const service = z.strictObject({
  id,
  name: text,
  provider: z.string(),
  model: z.string(),
  category: z.string(),
  summary: text,
  aliases: z.array(alias).min(1),
  sources: z.array(sourceUrl).min(1, "a service needs at least one source"),
  responsibilities,
  variants: z.array(variant).optional(),
  default_variant: z.string().optional(),
  checklist: z.array(checklistItem).min(1, "a checklist must not be empty"),
  // A service the provider has ended: still answerable, and its cards say so first.
  retired: z.strictObject({ on: day, note: text, source: sourceUrl }).optional(),
});

export const servicesFile = z.strictObject({ services: z.array(service).min(1) });

export const misconceptionsFile = z.strictObject({
  misconceptions: z
    .array(
      z.strictObject({
        id,
        myth: text,
        phrasings: z.array(text),
        reality: text,
        services: z.array(z.string()),
        areas: z.array(z.string()),
        owner: owner.nullable().optional(),
        source: sourceUrl,
        checked,
      }),
    )
    .min(1),
});

export const tipsFile = z.strictObject({
  tips: z
    .array(
      z.strictObject({
        id,
        text,
        areas: z.array(z.string()),
        services: z.array(z.string()),
        source: sourceUrl,
        checked,
      }),
    )
    .min(1),
});

export const termsFile = z.strictObject({
  ambiguous_terms: z
    .array(
      z.strictObject({
        id,
        aliases: z.array(alias).min(1),
        services: z.array(z.string()).min(2, "an ambiguous term names at least two services"),
      }),
    )
    .min(1),
  out_of_scope: z.strictObject({
    general: text,
    source: sourceUrl,
    outside: z
      .array(
        z.strictObject({
          id,
          name: text,
          kind: z.enum(["provider", "product", "place", "device"]),
          aliases: z.array(alias).min(1),
        }),
      )
      .min(1),
  }),
  matching: z.strictObject({
    weak_area_words: z.array(alias).min(1),
    supporting_services: z.array(id),
    key_services: z.array(id),
    provider_layers: z.array(id),
    patched_things: z.array(id),
    asking_verbs: z.array(alias).min(1),
    duty_neutral_words: z.array(alias).min(1),
    picking_verbs: z.array(alias).min(1),
  }),
});

/** Where sources may come from: the providers' own documentation, never a mirror or a copy. */
export const sourcesFile = z.strictObject({
  allowed_hosts: z.array(z.string().regex(/^[a-z0-9.-]+$/)).min(1),
  refused: z.array(
    z.strictObject({
      host: z.string().regex(/^[a-z0-9.-]+$/),
      // Only URLs whose path ends so are refused (".md": a raw copy of an HTML page).
      ends_with: z.string().optional(),
      why: text,
    }),
  ),
});

export type AreasFile = z.infer<typeof areasFile>;
export type ProvidersFile = z.infer<typeof providersFile>;
export type CategoriesFile = z.infer<typeof categoriesFile>;
export type ModelsFile = z.infer<typeof modelsFile>;
export type DecisionTreeFile = z.infer<typeof decisionTreeFile>;
export type ServicesFile = z.infer<typeof servicesFile>;
export type MisconceptionsFile = z.infer<typeof misconceptionsFile>;
export type TipsFile = z.infer<typeof tipsFile>;
