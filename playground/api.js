// The playground's endpoints, called with JSON; a refusal becomes an Error with the server's reason.

export const API = {
  ask: "/playground/api/ask",
  slackAction: "/playground/api/slack/actions",
  teamsSubmit: "/playground/api/teams/submit",
};

export async function post(path, body) {
  const res = await fetch(path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const reply = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(reply.error ?? `the playground answered ${res.status}`);
  return reply;
}

/** A random id for this page's conversation (getRandomValues works off localhost too). */
export function newSession() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
