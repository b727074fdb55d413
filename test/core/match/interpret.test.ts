import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { shippedSrm } from "../../helpers/knowledge.js";

const ask = (q: string) => toContractJson(shippedSrm().ask(q).answer);

describe("the matcher", () => {
  it("answers commands as typed after /srm", () => {
    expect(ask("who-owns patching on rds")).toMatchObject({
      intent: "who-owns",
      service: "aws-rds",
      area: "patching",
      owner: "shared",
    });
    expect(ask("checklist lambda")).toMatchObject({ intent: "checklist", service: "aws-lambda" });
    expect(ask("explain fargate")).toMatchObject({ intent: "explain", service: "aws-fargate" });
    expect(ask("compare ec2 lambda")).toMatchObject({
      intent: "compare",
      service: "aws-ec2",
      with: "aws-lambda",
    });
    expect(ask("myth serverless means no security")).toMatchObject({
      intent: "myth",
      owner: "shared",
    });
    expect(ask("tip")).toMatchObject({ intent: "tip" });
    expect(ask("help")).toMatchObject({ intent: "help" });
  });

  it("answers free text the way people type it", () => {
    expect(ask("is patching the OS under Cloud Run our job or Google's?")).toMatchObject({
      intent: "who-owns",
      service: "gcp-cloud-run",
    });
    expect(ask("who handles encryption for efs filesytems")).toMatchObject({
      intent: "who-owns",
      service: "aws-efs",
      area: "encryption-at-rest",
    });
    expect(ask("Azure keeps our blob data safe so backups aren't our job, right?")).toMatchObject({
      intent: "myth",
      service: "azure-blob-storage",
      area: "backup-recovery",
    });
  });

  it("corrects typos of known words, and says so", () => {
    const result = shippedSrm().ask("who owns pathcing on rsd");
    expect(toContractJson(result.answer)).toMatchObject({ service: "aws-rds", area: "patching" });
    expect(result.understood.corrections).toEqual([
      { from: "pathcing", to: "patching" },
      { from: "rsd", to: "rds" },
    ]);
    expect(ask("lamda runtime patching")).toMatchObject({
      service: "aws-lambda",
      area: "patching",
    });
  });

  it("never bends a real word into a service name", () => {
    const result = shippedSrm().ask(
      "if a whole az goes down is aws copying our ebs volume to another az",
    );
    expect(result.understood.corrections).toEqual([]);
  });

  it("asks which service when a word fits several clouds", () => {
    const answer = shippedSrm().ask("who patches functions?").answer;
    expect(answer.kind).toBe("clarify");
    if (answer.kind !== "clarify") return;
    expect(answer.choices.map((c) => c.command)).toEqual([
      "who-owns patching on aws-lambda",
      "who-owns patching on azure-functions",
      "who-owns patching on gcp-cloud-functions",
    ]);
    expect(toContractJson(answer)).toMatchObject({ intent: "unknown", owner: null });
  });

  it("uses a provider hint to pick among them", () => {
    expect(ask("who patches google's functions")).toMatchObject({
      service: "gcp-cloud-functions",
      area: "patching",
    });
    expect(ask("azure kubernetes node upgrades, whose job")).toMatchObject({
      service: "azure-aks",
      area: "patching",
    });
  });

  it("names the variant it assumed, and answers a named variant", () => {
    expect(ask("who patches the nodes on eks")).toMatchObject({
      service: "aws-eks",
      variant: "managed-node-groups",
      variant_assumed: true,
    });
    expect(ask("who patches the nodes on eks fargate")).toMatchObject({
      service: "aws-eks",
      variant: "fargate",
      variant_assumed: false,
      owner: "provider",
    });
    expect(ask("gke autopilot node os patching")).toMatchObject({
      service: "gcp-gke",
      variant: "autopilot",
      owner: "provider",
    });
  });

  it("hears a doubted belief as a myth, and 'getting it right?' as a question", () => {
    expect(
      ask(
        "I thought aws patched the lambdas we deploy as container images the same way as the zip ones",
      ),
    ).toMatchObject({ intent: "myth", service: "aws-lambda" });
    expect(
      ask(
        "The settings in Salesforce like the session timeout - whose responsibility is getting those right?",
      ),
    ).toMatchObject({ intent: "who-owns", service: "salesforce", owner: "customer" });
  });

  it("never answers a belief that the provider does it with the myth that we must", () => {
    // Both beliefs say the provider does it; the knowledge base's myths about the same service
    // that say "we have to patch it ourselves" are the opposite belief, never the one asked.
    expect(ask("serverless = no patching ever, lambda handles it all right?")).not.toMatchObject({
      myth: "lambda-zip-we-patch-os",
    });
    expect(
      ask("cloud sql is managed so google patches the os underneath, right?"),
    ).not.toMatchObject({ myth: "cloud-sql-we-patch-the-os" });
  });

  it("hears a belief the rules find no claim in when the learned layer is sure, never a yes/no question", () => {
    expect(
      ask("EFS keeps copies in several AZs anyway so backups are pointless, yeah?"),
    ).toMatchObject({
      intent: "myth",
      service: "aws-efs",
      area: "backup-recovery",
    });
    expect(
      ask("cloud sql instance deleted by accident, is there anything google can restore??"),
    ).toMatchObject({ intent: "who-owns", service: "gcp-cloud-sql", area: "backup-recovery" });
  });

  it("reads an imperative request for a list as a checklist, not as a belief", () => {
    for (const q of [
      "List the customer-side controls we must own for Amazon RDS.",
      "Please provide the full list of duties we must handle ourselves on our EKS clusters",
    ]) {
      expect(ask(q), q).toMatchObject({ intent: "checklist" });
    }
  });

  it("gives a myth's owner from the fact its words point to", () => {
    expect(
      ask("i thought cloudtrail keeps all our api logs forever without us setting anything up"),
    ).toMatchObject({
      intent: "myth",
      service: "aws-cloudtrail",
      owner: "customer",
    });
  });

  it("lets a variant restate a duty it would otherwise inherit", () => {
    expect(ask("elasticache serverless multi-az replicas, whose job")).toMatchObject({
      duty_id: "replicas-multi-az",
      owner: "provider",
    });
    expect(ask("elasticache node based cluster multi-az replicas, whose job")).toMatchObject({
      duty_id: "replicas-multi-az",
      owner: "customer",
    });
  });

  it("reads a runtime's lifecycle as the runtime, and a patch word as patching", () => {
    expect(
      ask("paas in general - who keeps the language runtime up to date, provider or us"),
    ).toMatchObject({ area: "runtime" });
    expect(ask("app engine standard: who patches the language runtime")).toMatchObject({
      area: "patching",
    });
  });

  it("finds the variant of a service placed only by its provider", () => {
    expect(
      ask(
        "for the functions we ship as our own linux docker image on azure, who owns the runtime version inside it",
      ),
    ).toMatchObject({
      service: "azure-functions",
      variant: "container",
      area: "runtime",
      owner: "customer",
    });
  });

  it("places a variant from a description only beside its service, and never over a named one", () => {
    expect(
      ask(
        "our eks workers are plain ec2 in an asg we built off our own launch template. who bumps the ami",
      ),
    ).toMatchObject({ service: "aws-eks", variant: "self-managed-nodes", owner: "customer" });
    // A variant's name inside another's ("managed … nodes" in "self-managed eks nodes") is one
    // variant, not two to compare; two variants named apart still are.
    expect(
      ask(
        "self-managed eks nodes have an old ami with a known cve. is patching that on aws or on us",
      ),
    ).toMatchObject({ intent: "who-owns", variant: "self-managed-nodes", owner: "customer" });
    expect(ask("compare eks managed node groups and self-managed nodes")).toMatchObject({
      intent: "compare",
    });
    // However the nodes are called: "self-managed worker nodes", "self-managed node groups".
    for (const q of [
      "who patches the self managed worker nodes on eks?",
      "does aws patch our eks self-managed node groups?",
    ]) {
      expect(ask(q), q).toMatchObject({ variant: "self-managed-nodes", owner: "customer" });
    }
    expect(
      ask("elasticache billed per ecpu: is encryption in transit on by default?"),
    ).toMatchObject({
      service: "aws-elasticache",
      variant: "serverless",
    });
    // A myth about the named variant, not a comparison with the described one.
    expect(ask("gke standard: google manages the nodes, right?")).toMatchObject({
      intent: "myth",
      service: "gcp-gke",
    });
    expect(ask("we pay per pod on cloud run, who patches the os")).not.toMatchObject({
      service: "gcp-gke",
    });
  });

  it("hears formal requests: 'please confirm whether…' asks, 'our understanding is…' believes", () => {
    expect(
      ask(
        "Please confirm whether encryption at rest of Compute Engine persistent disks is a control we must enable, or whether Google applies it by default.",
      ),
    ).toMatchObject({
      intent: "who-owns",
      service: "gcp-compute-engine",
      area: "encryption-at-rest",
    });
    expect(
      ask(
        "Our understanding is that the cloud provider's ISO 27001 certificate covers our workloads, so no further certification work is required on our side.",
      ),
    ).toMatchObject({ intent: "myth", area: "compliance" });
    expect(
      ask(
        "For our SOX review, please list the controls that our organisation owns for Salesforce.",
      ),
    ).toMatchObject({
      intent: "checklist",
      service: "salesforce",
    });
  });

  it("takes the concrete area over the audit that frames it", () => {
    expect(
      ask(
        "For our ISO 27001 audit, auditors want evidence of physical access controls at the datacentres hosting our Microsoft 365 tenant. Who owns that?",
      ),
    ).toMatchObject({ service: "microsoft-365", area: "physical", owner: "provider" });
    expect(
      ask(
        "Please confirm whether encryption at rest of the OS and data disks of our Azure virtual machines is on by default.",
      ),
    ).toMatchObject({ service: "azure-virtual-machines", area: "encryption-at-rest" });
  });

  it("keeps generic words from naming a service: 'servers', 'premium tier'", () => {
    expect(ask("no servers means no security")).toMatchObject({ intent: "myth", owner: "shared" });
    expect(ask("is anyone peeking into our s3 buckets, who monitors access")).toMatchObject({
      area: "logging-monitoring",
      owner: "customer",
    });
    expect(ask("who patches azure sql database on the premium tier")).toMatchObject({
      service: "azure-sql-database",
    });
    expect(
      ask(
        "running our function apps in a custom container on the premium plan — keeping the base image patched, whose job?",
      ),
    ).toMatchObject({ service: "azure-functions", owner: "customer" });
  });

  it("explains a service asked about with no area", () => {
    expect(ask("who owns rds?")).toMatchObject({ intent: "explain", service: "aws-rds" });
  });

  it("says it does not know rather than guess", () => {
    for (const q of [
      "whats the weather in seattle",
      "how much does s3 cost per tb",
      "asdf qwerty",
      "lorem ipsum dolor",
    ]) {
      expect(ask(q), q).toMatchObject({ intent: "unknown", owner: null });
    }
  });
});

describe("follow-ups in a conversation", () => {
  it("fills the missing service or area from the last question, per conversation", () => {
    let now = 0;
    const srm = shippedSrm(() => now);
    const say = (q: string, key = "C1:thread") => toContractJson(srm.ask(q, key).answer);
    expect(say("who owns patching on rds")).toMatchObject({ service: "aws-rds", area: "patching" });
    expect(say("and on aurora?")).toMatchObject({
      intent: "who-owns",
      service: "aws-aurora",
      area: "patching",
    });
    expect(say("what about encryption?")).toMatchObject({
      intent: "who-owns",
      service: "aws-aurora",
      area: "encryption-at-rest",
    });
    expect(say("and on aurora?", "another-conversation")).toMatchObject({
      intent: "explain",
      service: "aws-aurora",
    });
    now += 16 * 60_000;
    expect(say("what about encryption?")).toMatchObject({ intent: "unknown" });
  });
});

describe("a request for a list", () => {
  it("is a checklist, not a belief, whatever duties it mentions", () => {
    for (const q of [
      "send me the list of things we are on the hook for with cloud run",
      "lambda: list the stuff we still own",
      "what must we do ourselves on app service? a list please",
    ]) {
      expect(toContractJson(shippedSrm().ask(q).answer), q).toMatchObject({ intent: "checklist" });
    }
  });
});

describe("the name of the model", () => {
  it("is no claim: '<provider> responsibility model' asks for an explanation", () => {
    for (const q of [
      "walk me through the sfdc responsibility model",
      "walk me through the aws responsibility model for lambda",
      "explain the google responsibility split on cloud run",
    ]) {
      expect(toContractJson(shippedSrm().ask(q).answer), q).toMatchObject({ intent: "explain" });
    }
    // …while "it's the vendor's responsibility" still states a belief.
    expect(ask("patching rds is aws responsibility, right?")).toMatchObject({ intent: "myth" });
  });
});

describe("beliefs and requests said in other ways", () => {
  const intentOf = (q: string) => toContractJson(shippedSrm().ask(q).answer).intent;

  it("reads a request in any clause as a request, not a belief", () => {
    for (const q of [
      "Before we go live on GKE, list the security stuff we have to operate.",
      "For next week's audit: provide the controls we operate on RDS",
    ]) {
      expect(intentOf(q), q).toBe("checklist");
    }
  });

  it("reads a service named as the one doing it as a claim", () => {
    for (const q of [
      "AKS will always patch the node OS, even when we choose channel None. yes?",
      "Lambda will always patch our npm packages too, right?",
    ]) {
      expect(intentOf(q), q).toBe("myth");
    }
  });

  it("reads what someone said, asked to be confirmed, as a belief", () => {
    for (const q of [
      "Everyone says new S3 buckets start public and AWS leaves it to you to lock them. Is that true?",
      "My manager told me Cloud SQL backs itself up to another region. Is that right?",
    ]) {
      expect(intentOf(q), q).toBe("myth");
    }
  });

  it("reads what stays with us (which tasks, what exactly we own, ours and not theirs) as the checklist", () => {
    for (const q of [
      "We're moving our database to RDS. Which security and maintenance tasks stay with us?",
      "AKS: which controls we are operating ourself?",
      "what controls remain with us on cloud run",
      // Asked with nothing after it, or as what is ours and not the provider's.
      "new to aks after the migration - what exactly do we own?",
      "what are the lambda things that are on us and not on aws?",
    ]) {
      expect(intentOf(q), q).toBe("checklist");
    }
  });
});
