// Another provider, another product, on-premises systems and personal devices are out of scope:
// the bot says what it covers, never answers with a same-named service of a covered provider.
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { renderText } from "../../../src/render/text.js";
import { shippedSrm } from "../../helpers/knowledge.js";

const ask = (q: string) => toContractJson(shippedSrm().ask(q).answer);
const outOfScope = { intent: "unknown", service: null, area: null, owner: null };

describe("out of scope", () => {
  it("answers a question about an uncovered provider plainly, naming it and what is covered", () => {
    for (const q of [
      "patching on heroku",
      "who patches oracle cloud vms",
      "who-owns patching on digitalocean droplets",
      "is encryption at rest on ibm cloud our job",
    ]) {
      const got = ask(q);
      expect(got, q).toMatchObject(outOfScope);
      expect(String(got.message), q).toMatch(/Amazon Web Services, Microsoft Azure, Google Cloud/);
    }
  });

  it("never reads another provider's same-named service as a covered one", () => {
    expect(ask("who owns patching on alibaba ecs")).toMatchObject(outOfScope);
    expect(String(ask("who owns patching on alibaba ecs").message)).toMatch(/Alibaba Cloud/);
    // A product family between the provider and the service name: still that provider's own.
    expect(ask("on alibaba cloud apsaradb rds, who applies minor version patches?")).toMatchObject(
      outOfScope,
    );
  });

  it("says on-premises systems and personal devices are not covered", () => {
    expect(ask("on prem sql server backups, whose job")).toMatchObject(outOfScope);
    expect(String(ask("who secures my laptop").message)).toMatch(/Personal devices/);
  });

  it("never lets a service guessed from a typo answer for something named outside", () => {
    // "vmsa" is one letter from "vmss" (Azure scale sets), but the hosts are on premises.
    expect(
      ask("our on-prem vmware esxi hosts need the latest vmsa patch, who owns that?"),
    ).toMatchObject(outOfScope);
    // Typed as the service's own name, it is in scope.
    expect(ask("on prem we also run a vmss, who patches its guest os?")).toMatchObject({
      intent: "who-owns",
      service: "azure-virtual-machines",
    });
  });

  it("keeps a question in scope when a covered service is named apart from the other one", () => {
    expect(ask("moving from heroku to app runner, who patches the runtime")).toMatchObject({
      intent: "who-owns",
      service: "aws-app-runner",
    });
    expect(ask("ibm db2 on ec2, who patches the os")).toMatchObject({
      intent: "who-owns",
      service: "aws-ec2",
      owner: "customer",
    });
  });

  it("answers for the provider's own service in an area when a covered provider is named alone", () => {
    const answer = shippedSrm().ask(
      "who decides which ports are open to the internet on our amazon servers?",
    ).answer;
    expect(toContractJson(answer)).toMatchObject({
      service: "aws-vpc",
      area: "network-controls",
      owner: "customer",
      carried_over: "provider",
    });
    expect(renderText(answer, { color: false })).toMatch(
      /No service was named: answered for Amazon VPC/,
    );
    // An area no provider service answers for still gets a question back.
    expect(ask("who owns backups on aws").intent).toBe("unknown");
  });
});
