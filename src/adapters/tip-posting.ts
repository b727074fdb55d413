// The daily tips for this process: one pass posts every tip that is due, through whichever
// platform each subscription is on. The server runs a pass every minute; `srm tips run` runs
// one and exits, for deployments that schedule it from outside.
import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import type { Srm } from "../core/srm.js";
import type { Logger } from "../observability/logger.js";
import type { Store, TipSubscription } from "../store/store.js";
import { type PostResult, type PostTip, runDueTips, type TipRun } from "../tips/index.js";
import { preferringStackTips } from "../tips/rotation.js";
import type { SlackTipPoster } from "./slack/post-tip.js";
import type { TeamsTipPoster } from "./teams/post-tip.js";

export interface TipPosters {
  readonly slack?: SlackTipPoster;
  readonly teams?: TeamsTipPoster;
}

export interface TipPassDeps {
  readonly srm: Srm;
  readonly store: Store;
  readonly logger: Logger;
  readonly posters: TipPosters;
}

/** One pass at `now`: what became of each subscription that was due. */
export type TipPass = (now: Date) => Promise<TipRun[]>;

export function tipPass(deps: TipPassDeps): TipPass {
  // Unique per process: in containers every replica may be pid 1, and a restart keeps the host.
  const runnerId = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const post = postThrough(deps);
  return (now) =>
    runDueTips({
      now,
      // Each channel's walk puts the tips about its saved stack first.
      store: preferringStackTips(deps.store, deps.srm.kb.tips),
      tips: deps.srm.kb.tips,
      post,
      runnerId,
      logger: deps.logger,
    });
}

function postThrough({ posters, store }: TipPassDeps): PostTip {
  return async (subscription, tip) => {
    if (subscription.platform === "slack") {
      return posters.slack ? posters.slack(subscription.channel, tip) : notHere(subscription);
    }
    if (!posters.teams) return notHere(subscription);
    const reference = await store.conversation("teams", subscription.channel);
    if (reference === undefined) {
      return { status: "permanent", reason: "no conversation reference: add the bot again" };
    }
    return posters.teams(reference, tip);
  };
}

/** This process does not run that platform (another replica may): try again later. */
function notHere(subscription: TipSubscription): PostResult {
  return { status: "transient", reason: `${subscription.platform} is not configured here` };
}
