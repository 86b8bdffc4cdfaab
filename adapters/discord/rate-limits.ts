import type { RateLimitData, RateLimitError, RepliableInteraction } from 'discord.js';
import type { Logger } from '../logger.js';
import { sendError } from './respond.js';

/**
 * How long discord.js may wait out a rate limit before giving up on a request. By default it waits as long as
 * Discord says, and a 20-second 429 on the first reply then lands long after Discord's 3-second window for
 * answering an interaction (the user has seen "The application did not respond" by then). Past the cap the
 * request fails with a RateLimitError at once, which the interaction handler reports.
 */
const MAX_WAIT_MS: readonly { route: string; maxWaitMs: number }[] = [
  // the first response to an interaction: it must arrive within 3 s of the interaction, so only a short wait
  { route: '/interactions/:id/:token/callback', maxWaitMs: 1000 },
  // edits and follow-ups of a deferred answer (valid 15 minutes): an answer much later than this is stale
  { route: '/webhooks/:id/:token', maxWaitMs: 5000 },
];

/** discord.js's `rest.rejectOnRateLimit`: true to fail the request instead of waiting. */
export function rejectLongRateLimitWait(limit: RateLimitData): boolean {
  const cap = MAX_WAIT_MS.find(({ route }) => limit.route.startsWith(route));
  if (!cap) return false; // start-up and the deploy script can wait
  return Math.max(limit.retryAfter, limit.timeToReset) > cap.maxWaitMs;
}

/**
 * What the person is told when their answer hit a rate limit past the cap. Before the first response
 * nothing can reach them (the callback is the only way in, and it is the one limited), so it is only
 * logged; after a deferral the answer's edit is what failed, and an ephemeral follow-up says so.
 */
export async function reportRateLimited(
  interaction: RepliableInteraction,
  limit: RateLimitError,
  log: Logger,
): Promise<void> {
  // discord.js adds a safety offset of some milliseconds to what Discord asked for
  const seconds = Math.max(1, Math.round(Math.max(limit.retryAfter, limit.timeToReset) / 1000));
  const acknowledged = interaction.deferred || interaction.replied;
  log.warn('discord: an answer could not be delivered in time: rate-limited', {
    interactionId: interaction.id,
    method: limit.method,
    route: limit.route,
    retryAfterSeconds: seconds,
    userTold: acknowledged,
  });
  if (!acknowledged) return;
  await sendError(
    interaction,
    `Discord is limiting how fast I can post right now, so this answer could not be delivered. Please try again in about ${seconds} seconds.`,
    log,
  );
}
