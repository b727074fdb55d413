// The baseline of `npm run bench:http`: a bare @slack/bolt app at its leanest (the bot's ids
// given, no conversation store, no Web API call) that acknowledges every /srm with a fixed card
// of the same size as srm-bot's answer. Reads PORT (0: any free port, printed), SLACK_SIGNING_SECRET
// and CARD_FILE.
import { readFileSync } from "node:fs";
import bolt from "@slack/bolt";

const card = JSON.parse(readFileSync(process.env.CARD_FILE, "utf8"));
const receiver = new bolt.HTTPReceiver({
  signingSecret: process.env.SLACK_SIGNING_SECRET,
  endpoints: "/slack/events",
  processBeforeResponse: false,
  logLevel: bolt.LogLevel.ERROR,
});
const app = new bolt.App({
  token: "xoxb-bench",
  botId: "B0BENCH",
  botUserId: "U0BENCH",
  receiver,
  convoStore: false,
  tokenVerificationEnabled: false,
  logLevel: bolt.LogLevel.ERROR,
});
app.command("/srm", async ({ ack }) => {
  await ack(card);
});
const server = await receiver.start(Number(process.env.PORT ?? 0));
console.log(`listening on 127.0.0.1:${server.address().port}`);
