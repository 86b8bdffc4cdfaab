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

export interface WorkingReaction {
  /** takes the reaction off, if it was put on (after waiting for it to be on) */
  done(): Promise<void>;
}

/**
 * Puts ⏳ on the message after `afterMs` (0: at once) unless done() came first. The reaction is a courtesy:
 * a workspace without reactions:write still gets its answer, so failures are ignored.
 */
export function startWorkingReaction(
  client: Reactor,
  message: { channel: string; ts?: string | undefined },
  afterMs = WORKING_REACTION_AFTER_MS,
): WorkingReaction {
  const reactions = client.reactions;
  if (!reactions || !message.ts) return { done: async () => undefined };
  const target = { channel: message.channel, timestamp: message.ts, name: WORKING_REACTION };
  let added: Promise<unknown> | undefined;
  const put = () => {
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
