// The Teams pane: the Adaptive Card drawn by Microsoft's own renderer (served by the bot, no
// CDN) with a host config close to Teams' light theme; an Action.Submit sends its data object
// back as Teams would.
import { markdownToHtml } from "./card-markdown.js";

const AC = globalThis.AdaptiveCards;

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = markdownToHtml(text);
  result.didProcess = true;
};

const TEAMS_HOST_CONFIG = {
  fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
  supportsInteractivity: true,
  containerStyles: {
    default: {
      backgroundColor: "#FFFFFF",
      foregroundColors: {
        default: { default: "#242424", subtle: "#616161" },
        accent: { default: "#5B5FC7", subtle: "#6264A7" },
        attention: { default: "#C4314B", subtle: "#C4314B" },
        good: { default: "#237B4B", subtle: "#237B4B" },
        warning: { default: "#835C00", subtle: "#835C00" },
      },
    },
  },
  actions: { maxActions: 6, actionsOrientation: "horizontal", buttonSpacing: 8 },
};

export function renderTeams(card, onSubmit) {
  const wrap = document.createElement("div");
  wrap.className = "teams-card";
  const adaptive = new AC.AdaptiveCard();
  adaptive.hostConfig = new AC.HostConfig(TEAMS_HOST_CONFIG);
  adaptive.onExecuteAction = (action) => {
    if (action instanceof AC.SubmitAction) onSubmit(action.data);
  };
  adaptive.parse(card);
  const rendered = adaptive.render();
  if (rendered) wrap.append(rendered);
  return wrap;
}
