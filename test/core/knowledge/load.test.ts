import { describe, expect, it } from "vitest";
import {
  CONTRACT_AREAS,
  CONTRACT_SERVICES,
  REQUIRED_SERVICE_AREAS,
  SERVICE_MODELS,
} from "../../../src/core/contract.js";
import { formatProblem } from "../../../src/core/knowledge/types.js";
import {
  documentsWith,
  fixture,
  problemsOf,
  shippedDocuments,
  shippedKnowledge,
} from "../../helpers/knowledge.js";

describe("the shipped knowledge base", () => {
  it("loads with no problems", () => {
    expect(problemsOf(shippedDocuments()).map(formatProblem)).toEqual([]);
  });

  it("holds every contract id", () => {
    const kb = shippedKnowledge();
    for (const id of CONTRACT_SERVICES) expect(kb.services.has(id), id).toBe(true);
    for (const id of CONTRACT_AREAS) expect(kb.areas.has(id), id).toBe(true);
    for (const id of SERVICE_MODELS) expect(kb.models.has(id), id).toBe(true);
  });

  it("sources every service-specific fact from an https page", () => {
    for (const service of shippedKnowledge().services.values()) {
      for (const area of REQUIRED_SERVICE_AREAS)
        expect(service.responsibilities[area], `${service.id} ${area}`).toBeDefined();
      const facts = [
        ...Object.values(service.responsibilities),
        ...service.variants.flatMap((v) => Object.values(v.responsibilities)),
      ];
      for (const fact of facts) {
        expect(fact.source).toMatch(/^https:\/\//);
        for (const duty of fact.duties ?? []) expect(duty.source).toMatch(/^https:\/\//);
      }
      expect(service.checklist.length, service.id).toBeGreaterThan(0);
    }
  });

  it("meets the issue's minimums for myths and tips", () => {
    const kb = shippedKnowledge();
    expect(kb.misconceptions.length).toBeGreaterThanOrEqual(30);
    expect(kb.tips.length).toBeGreaterThanOrEqual(60);
  });
});

describe("the knowledge check", () => {
  const problemsWith = (name: string, path: string) =>
    problemsOf(documentsWith([fixture(name, path)]));

  it("reports a YAML syntax error with its file and line", () => {
    const problems = problemsWith("syntax-error.yaml", "services/zz-broken.yaml");
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "services/zz-broken.yaml",
        line: 3,
        message: expect.stringMatching(/^YAML syntax/),
      }),
    );
  });

  it("reports a schema violation at its path, naming the service by id", () => {
    const problems = problemsWith("bad-owner.yaml", "services/zz-broken.yaml");
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: "services/zz-broken.yaml",
        path: "services[test-bad-owner].responsibilities.patching.owner",
        line: 11,
      }),
    );
  });

  it("reports unknown areas, models and checklist areas", () => {
    const messages = problemsWith("unknown-refs.yaml", "services/zz-broken.yaml").map(
      formatProblem,
    );
    expect(messages).toContainEqual(
      expect.stringContaining(
        'services[test-unknown-refs].responsibilities.patchin: unknown area "patchin"',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining(
        'services[test-unknown-refs].checklist[0].area: unknown area "identity-acess"',
      ),
    );
    expect(messages).toContainEqual(
      expect.stringContaining('services[test-unknown-model].model: unknown model "faas"'),
    );
  });

  it("reports an unknown service named by a tip", () => {
    const problems = problemsWith("tip-unknown-service.yaml", "tips/zz-broken.yaml");
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "tips[test-tip-unknown-service].services[0]",
        message: 'unknown service or model "aws-rdss"',
      }),
    );
  });

  it("reports an alias that two services claim, however it is spelled", () => {
    const problems = problemsWith("duplicate-alias.yaml", "services/zz-broken.yaml");
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: "services[test-second].aliases[0]",
        message: 'alias "contested-name" is already claimed by test-first',
      }),
    );
  });

  it("reports a fact without a source, a bad URL, a missing required area and an empty checklist", () => {
    const messages = problemsWith("unsourced-and-empty.yaml", "services/zz-broken.yaml").map(
      formatProblem,
    );
    expect(messages).toContainEqual(
      expect.stringContaining("services[test-unsourced].responsibilities.patching.source:"),
    );
    expect(messages).toContainEqual(
      expect.stringContaining("responsibilities.identity-access.source: must be an https URL"),
    );
    expect(messages).toContainEqual(
      expect.stringContaining("services[test-unsourced].checklist: a checklist must not be empty"),
    );
  });

  it("reports a required area a service leaves out", () => {
    const broken = fixture("unsourced-and-empty.yaml", "services/zz-broken.yaml");
    const fixed = {
      ...broken,
      text: broken.text
        .replace("    checklist: []", "    checklist: [{ area: data, item: Classify it. }]")
        .replace(
          /patching: \{[^}]*\}/,
          'patching: { owner: provider, provider: p, customer: c, source: "https://docs.aws.amazon.com/x" }',
        )
        .replace('"not a url"', '"https://docs.aws.amazon.com/x"'),
    };
    expect(problemsOf(documentsWith([fixed])).map(formatProblem)).toEqual([
      'services/zz-broken.yaml:11 services[test-unsourced].responsibilities: must state area "backup-recovery" with a source',
    ]);
  });

  it("reports missing contract ids when a file is taken away", () => {
    const problems = problemsOf(documentsWith([], ["services/aws-data.yaml"]));
    expect(problems).toContainEqual(
      expect.objectContaining({ message: 'contract service "aws-rds" is missing' }),
    );
  });

  it("reports a contract area left out of areas.yaml", () => {
    const areas = shippedDocuments().find((d) => d.path === "areas.yaml");
    if (!areas) throw new Error("areas.yaml not shipped");
    const withoutEndpoints = {
      path: "areas.yaml",
      text: areas.text.slice(0, areas.text.indexOf("  - id: endpoints")),
    };
    const messages = problemsOf(documentsWith([withoutEndpoints])).map((p) => p.message);
    expect(messages).toContain('contract area "endpoints" is missing');
  });

  it("rejects a file it does not know how to read", () => {
    expect(problemsOf(documentsWith([{ path: "notes.yaml", text: "a: 1\n" }]))).toContainEqual(
      expect.objectContaining({
        file: "notes.yaml",
        message: "is not a known kind of knowledge file",
      }),
    );
  });
});

describe("the source rules", () => {
  const messages = () =>
    problemsOf(documentsWith([fixture("refused-sources.yaml", "services/zz-broken.yaml")])).map(
      formatProblem,
    );

  it("refuses mirrors, raw Markdown copies, repository copies and hosts outside the allowlist", () => {
    const found = messages();
    const at = (path: string, why: RegExp) =>
      expect(found).toContainEqual(
        expect.stringMatching(new RegExp(`${path}: source .* is refused: ${why.source}`)),
      );
    at("services\\[test-refused-sources\\]\\.sources\\[0\\]", /the China-region mirror/);
    at("responsibilities\\.patching\\.source", /the raw Markdown copy/);
    at("duties\\[copied\\]\\.source", /a copy of the documentation's source/);
    at("retired\\.source", /example\.com is not a provider documentation host/);
  });

  it("accepts the providers' own pages and a checked month", () => {
    const found = messages();
    expect(found.filter((m) => m.includes("ok.html") || m.includes("learn.microsoft.com"))).toEqual(
      [],
    );
    expect(found.filter((m) => m.includes(".checked"))).toEqual([]);
  });

  it("refuses a checked month that is not a month", () => {
    const broken = fixture("refused-sources.yaml", "services/zz-broken.yaml");
    const text = broken.text.replace("checked: 2026-12", "checked: 2026-13");
    expect(problemsOf(documentsWith([{ ...broken, text }])).map(formatProblem)).toContainEqual(
      expect.stringContaining("responsibilities.patching.checked: must be a month written YYYY-MM"),
    );
  });

  it("holds for every source the shipped knowledge base cites", () => {
    const sources = shippedDocuments().flatMap((d) =>
      [...d.text.matchAll(/https:\/\/[^\s"')]+/g)].map((m) => m[0]),
    );
    expect(sources.length).toBeGreaterThan(1000);
    for (const url of sources) {
      expect(url, url).not.toMatch(
        /docs\.amazonaws\.cn|^https:\/\/docs\.aws\.amazon\.com\/\S*\.md$|github\.com/,
      );
    }
  });
});

describe("duty texts", () => {
  it("refuse to open with a verb that only asks who is responsible", () => {
    const base = fixture("retired-and-checked.yaml", "services/zz-test.yaml");
    const text = base.text.replace(
      "text: Applies operating system patches to the instances.",
      "text: Takes care of operating system patches on the instances.",
    );
    expect(problemsOf(documentsWith([{ ...base, text }])).map(formatProblem)).toContainEqual(
      expect.stringContaining(
        'responsibilities.patching.duties[apply-os-patches].text: starts with "takes care"',
      ),
    );
    expect(problemsOf(documentsWith([base]))).toEqual([]);
  });
});
