// The Slack pane: the server's drawing of the Block Kit message, and its clicks sent back as
// Slack sends them, a block_actions payload naming the action id, value and block.
import { toDom } from "./view.js";

/** Who clicks, and where, as Slack names them in a payload. */
const USER = { id: "U0PLAYGROUND", username: "you" };
const TEAM = { id: "T0PLAYGROUND", domain: "playground" };
const CHANNEL = { id: "D0PLAYGROUND", name: "directmessage" };

export function renderSlack(message, onAction) {
  const card = document.createElement("div");
  card.className = "slack-card";
  card.append(toDom(message.slack.view));
  if (message.ephemeral) {
    const note = document.createElement("p");
    note.className = "sk-ephemeral";
    note.textContent = "Only visible to you";
    card.prepend(note);
  }
  card.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-action-id]");
    if (button) onAction(payload(message, buttonAction(button)));
  });
  card.addEventListener("change", (event) => {
    const group = event.target.closest(".sk-checkboxes");
    if (group) onAction(payload(message, checkboxesAction(group)));
  });
  return card;
}

function buttonAction(button) {
  return {
    type: "button",
    action_id: button.dataset.actionId,
    block_id: button.dataset.blockId ?? "",
    value: button.dataset.value ?? "",
    text: { type: "plain_text", text: button.textContent, emoji: true },
    action_ts: actionTs(),
  };
}

/** A tick sends the whole group's selection, as Slack does. */
function checkboxesAction(group) {
  const boxes = group.querySelectorAll("input[type=checkbox]");
  return {
    type: "checkboxes",
    action_id: group.dataset.actionId,
    block_id: group.dataset.blockId ?? "",
    selected_options: Array.from(boxes)
      .filter((box) => box.checked)
      .map((box) => ({ value: box.value })),
    action_ts: actionTs(),
  };
}

function payload(message, action) {
  return {
    type: "block_actions",
    user: USER,
    team: TEAM,
    channel: CHANNEL,
    container: {
      type: "message",
      message_ts: message.id,
      channel_id: CHANNEL.id,
      is_ephemeral: message.ephemeral,
    },
    actions: [action],
  };
}

function actionTs() {
  return (Date.now() / 1000).toFixed(6);
}
