/** The reactions the "working" indicator needs; optional, so a client without them still answers. */
export interface Reactor {
  reactions?: {
    add(args: { channel: string; timestamp: string; name: string }): Promise<unknown>;
    remove(args: { channel: string; timestamp: string; name: string }): Promise<unknown>;
  };
}

/** the reaction shown on a question while it is being answered */
export const WORKING_REACTION = 'hourglass_flowing_sand';

/**
 * How long a question waits before it gets the ⏳: an answer that comes within a second needs no "working"
 * sign (it would only flash on and off, at two Web API calls per answer), one that waits in a busy
 * replica's queue or takes long shows it, as the slash commands' "working on it" note does.
 */
export const WORKING_REACTION_AFTER_MS = 1000;

/**
 * Slack allows the reactions methods a few tens of calls per minute per workspace (rate-limit tiers 2–3),
 * and each ⏳ is two calls (on, then off). In a burst, when every question waits its turn, reacting to all
 * of them would only be refused by Slack and slow the answers: past this many a minute, a question waits
 * without the ⏳ (its answer comes all the same).
 */
export const WORKING_REACTIONS_PER_MINUTE = 20;

/** How many ⏳ this process may still put on within the last minute (a sliding window). */
export class ReactionBudget {
  readonly #times: number[] = [];

  constructor(
    private readonly perMinute = WORKING_REACTIONS_PER_MINUTE,
    private readonly now: () => number = Date.now,
  ) {}

  take(): boolean {
    const now = this.now();
    while (this.#times.length && this.#times[0]! <= now - 60_000) this.#times.shift();
    if (this.#times.length >= this.perMinute) return false;
    this.#times.push(now);
    return true;
  }
}

export interface WorkingReaction {
  /** takes the reaction off, if it was put on (after waiting for it to be on) */
  done(): Promise<void>;
}

/**
 * Puts ⏳ on the message after `afterMs` (0: at once) unless done() came first, and while the budget (if
 * any) allows. The reaction is a courtesy:
 * a workspace without reactions:write still gets its answer, so failures are ignored.
 */
export function startWorkingReaction(
  client: Reactor,
  message: { channel: string; ts?: string | undefined },
  afterMs = WORKING_REACTION_AFTER_MS,
  budget?: ReactionBudget,
): WorkingReaction {
  const reactions = client.reactions;
  if (!reactions || !message.ts) return { done: async () => undefined };
  const target = { channel: message.channel, timestamp: message.ts, name: WORKING_REACTION };
  let added: Promise<unknown> | undefined;
  const put = () => {
    if (budget && !budget.take()) return;
    added = reactions.add(target).catch(() => undefined);
  };
  const timer = afterMs > 0 ? setTimeout(put, afterMs) : undefined;
  if (afterMs <= 0) put();
  return {
    async done() {
      clearTimeout(timer);
      if (!added) return;
      await added;
      await reactions.remove(target).catch(() => undefined);
    },
  };
}
