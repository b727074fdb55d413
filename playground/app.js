// The playground page: a chat box whose answers are shown twice, as Slack and as Teams show
// them; clicks in either pane go back to the bot as that platform sends them.
import { API, newSession, post } from "./api.js";
import { copyControl } from "./copy.js";
import { renderSlack } from "./slack-pane.js";
import { renderTeams } from "./teams-pane.js";

const session = newSession();
const log = document.getElementById("log");
const notice = document.getElementById("notice");
const form = document.getElementById("ask");
const input = document.getElementById("question");

form.addEventListener("submit", (event) => {
  event.preventDefault();
  const text = input.value.trim();
  if (text === "") return;
  input.value = "";
  ask(text, text);
});
document.getElementById("tip").addEventListener("click", () => ask("tip", "Tip of the day"));
for (const example of document.querySelectorAll("button.example")) {
  example.addEventListener("click", () => ask(example.dataset.text, example.dataset.text));
}

function ask(text, shown) {
  return run(`You: ${shown}`, () => post(API.ask, { session, text }));
}

function onSlackAction(payload) {
  const action = payload.actions[0];
  const what =
    action.type === "checkboxes" ? "ticked the checklist" : `clicked “${action.text.text}”`;
  return run(`Slack: you ${what}`, () => post(API.slackAction, { session, payload }));
}

function onTeamsSubmit(data) {
  return run(`Teams: you chose ${data.srm}`, () => post(API.teamsSubmit, { session, data }));
}

/** Sends one request and shows what came back; a refusal shows its reason. */
async function run(asked, send) {
  setNotice("");
  try {
    show(asked, await send());
  } catch (error) {
    setNotice(error.message);
  }
}

function show(asked, outcome) {
  if (outcome.effect === "notice") return setNotice(outcome.notice);
  const row = exchange(asked, outcome.message);
  const old = outcome.effect === "replace" && findRow(outcome.replaces);
  if (old) old.replaceWith(row);
  else log.append(row);
  row.scrollIntoView({ block: "nearest" });
}

function findRow(id) {
  return Array.from(log.children).find((row) => row.dataset.messageId === id);
}

function exchange(asked, message) {
  const row = document.createElement("article");
  row.className = "exchange";
  row.dataset.messageId = message.id;
  row.dataset.kind = message.kind;
  const question = document.createElement("p");
  question.className = "asked";
  question.textContent = asked;
  const panes = document.createElement("div");
  panes.className = "panes";
  panes.append(
    pane("Slack", "slack-pane", "Copy Block Kit JSON", { blocks: message.slack.blocks }, [
      renderSlack(message, onSlackAction),
    ]),
    pane("Teams", "teams-pane", "Copy Adaptive Card JSON", message.teams, [
      renderTeams(message.teams, onTeamsSubmit),
    ]),
  );
  row.append(question, panes);
  return row;
}

function pane(title, className, copyLabel, json, content) {
  const section = document.createElement("section");
  section.className = `pane ${className}`;
  const heading = document.createElement("h2");
  heading.textContent = title;
  section.append(heading, ...content, copyControl(copyLabel, json));
  return section;
}

function setNotice(text) {
  notice.textContent = text;
  notice.hidden = text === "";
}
