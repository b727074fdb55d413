// "Copy JSON": the card's JSON on the clipboard, for Slack's Block Kit Builder or the Adaptive
// Cards designer; where the clipboard is not allowed, the JSON is shown to copy by hand.

export function copyControl(label, json) {
  const wrap = document.createElement("div");
  wrap.className = "copy";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "copy-json";
  button.textContent = label;
  const shown = document.createElement("details");
  const summary = document.createElement("summary");
  summary.textContent = "JSON";
  const pre = document.createElement("pre");
  pre.textContent = JSON.stringify(json, null, 2);
  shown.append(summary, pre);
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(json, null, 2));
      flash(button, "Copied");
    } catch {
      shown.open = true;
      flash(button, "Copy it from below");
    }
  });
  wrap.append(button, shown);
  return wrap;
}

function flash(button, text) {
  const before = button.textContent;
  button.textContent = text;
  setTimeout(() => {
    button.textContent = before;
  }, 1500);
}
