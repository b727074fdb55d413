// Beliefs become myths: a belief reported inside a question is set straight, and the answer says
// what the belief forgets that is still the customer's.
import { describe, expect, it } from "vitest";
import { toContractJson } from "../../../src/core/answers/contract-json.js";
import { renderText } from "../../../src/render/text.js";
import { shippedSrm } from "../../helpers/knowledge.js";

const ask = (q: string) => shippedSrm().ask(q).answer;

describe("myths", () => {
  it("reads a belief someone reports inside a question as a myth", () => {
    const q =
      "we moved to lambda, do we still need to worry about security patches? our cto says no";
    expect(toContractJson(ask(q))).toMatchObject({
      intent: "myth",
      service: "aws-lambda",
      area: "patching",
    });
  });

  it("says what a belief about patching forgets: the dependencies stay the customer's", () => {
    const answer = ask("lambda handles everything, we never have to think about patches");
    const json = toContractJson(answer);
    expect(json).toMatchObject({ intent: "myth", service: "aws-lambda" });
    expect(json.still_yours).toEqual([
      expect.objectContaining({ area: "dependencies", customer_part: expect.any(String) }),
    ]);
    expect(renderText(answer, { color: false })).toMatch(/Still yours, dependencies/);
  });

  it("busts a belief that nothing at all is left to do, saying what stays the customer's", () => {
    const answer = ask(
      "our cto says since we moved to fargate there is zero patching left for us. true?",
    );
    expect(toContractJson(answer)).toMatchObject({ intent: "myth", area: "patching" });
    expect(renderText(answer, { color: false })).toMatch(/Still yours, dependencies/);
    const never = ask("serverless = no patching ever, lambda handles it all right?");
    expect(toContractJson(never)).toMatchObject({ intent: "myth", service: "aws-lambda" });
  });

  it("does not read what someone says of the setup as a belief about who owns it", () => {
    const q =
      "our it person says we run containers on eks with fargate. who updates the os under them?";
    expect(toContractJson(ask(q)).intent).toBe("who-owns");
  });
});

describe("a belief drawn as a conclusion", () => {
  it("is checked as a myth: 'so that counts as our backup', 'so we can skip', 'so X is the one responsible'", () => {
    for (const q of [
      "google drive keeps version history, so that counts as our backup",
      "dynamodb replicates across three azs so we can skip point in time recovery",
      "cloud run is serverless, so google is the one responsible for our app's dependencies",
    ]) {
      const got = toContractJson(shippedSrm().ask(q).answer);
      expect(got, q).toMatchObject({ intent: "myth" });
    }
  });
});
