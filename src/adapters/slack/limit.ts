// Rate limits for what Slack sends the bot to answer: slash commands, mentions, direct messages
// and the buttons that ask it something (not ticking a checklist, sharing or feedback, which
// ask nothing and come in bursts), per person and per workspace. A command asked too fast is acknowledged with
// a polite "try again in N seconds"; anything else asked too fast is acknowledged and dropped.
import type { AnyMiddlewareArgs, Middleware } from "@slack/bolt";
import { ACTIONS } from "../../render/block-kit.js";
import { type RateLimits, slowDown } from "../rate-limits.js";

interface Asker {
  readonly user: string;
  readonly team: string;
}

export function limited(limits: RateLimits): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const asker = askerOf(args.body as Record<string, unknown>);
    const wait = asker ? await limits.wait(`${asker.team}:${asker.user}`, asker.team) : undefined;
    if (wait === undefined) return args.next();
    const ack = (args as { ack?: (response?: unknown) => Promise<void> }).ack;
    if ("command" in args.body) await ack?.({ response_type: "ephemeral", text: slowDown(wait) });
    else await ack?.();
  };
}

/** Who asks, for the requests that ask the bot something; undefined for the rest. */
function askerOf(body: Record<string, unknown>): Asker | undefined {
  const text = (v: unknown) => (typeof v === "string" ? v : undefined);
  const team = text(body.team_id) ?? text((body.team as { id?: unknown } | undefined)?.id) ?? "";
  if (typeof body.command === "string") return withUser(text(body.user_id), team);
  if (body.type === "block_actions" && asksSomething(body)) {
    return withUser(text((body.user as { id?: unknown } | undefined)?.id), team);
  }
  const event = body.event as Record<string, unknown> | undefined;
  if (event?.type === "app_mention" || (event?.type === "message" && event.channel_type === "im")) {
    return withUser(text(event.user), team);
  }
  return undefined;
}

/** A click on a button that runs a question ("Checklist", "Related myth"). */
function asksSomething(body: Record<string, unknown>): boolean {
  const actions = (body.actions as { action_id?: unknown }[] | undefined) ?? [];
  return actions.some(
    (a) => typeof a.action_id === "string" && a.action_id.startsWith(ACTIONS.run),
  );
}

function withUser(user: string | undefined, team: string): Asker | undefined {
  return user ? { user, team } : undefined;
}
