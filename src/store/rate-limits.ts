import { createRequire } from 'node:module';
import type { RateLimiterAbstract } from 'rate-limiter-flexible';

// required when the first limits are made (a chat bot's start), not by every process that imports the store
const require = createRequire(import.meta.url);
const limiterLibrary = () => require('rate-limiter-flexible') as typeof import('rate-limiter-flexible');

/**
 * Per-person and per-channel limits, so one person's burst cannot delay everyone else's answers. Memory by
 * default (one process: counters expire with their window, so nothing grows); pass `limiter` to build the
 * limiters on a shared store instead (rate-limiter-flexible's RateLimiterPostgres with the same options).
 */
export interface RateLimitRule {
  /** requests allowed per window */
  points: number;
  /** the window, in seconds */
  duration: number;
}

export interface RateLimitOptions {
  user?: RateLimitRule;
  channel?: RateLimitRule;
  /** the store hook: builds one limiter for a rule (keyPrefix keeps user and channel counters apart) */
  limiter?: (rule: RateLimitRule & { keyPrefix: string }) => RateLimiterAbstract;
}

export type RateDecision =
  | { allowed: true }
  | { allowed: false; retryAfterSeconds: number; scope: 'user' | 'channel' };

export interface RateLimits {
  /** counts one request by `user` in `channel`; refused when either is over its limit */
  take(user: string, channel: string): Promise<RateDecision>;
}

/** Five questions in 20 s per person and 30 a minute per channel: a conversation, not a script. */
export const RATE_LIMIT_DEFAULTS = {
  user: { points: 5, duration: 20 },
  channel: { points: 30, duration: 60 },
} as const;

export function createRateLimits(options: RateLimitOptions = {}): RateLimits {
  const { RateLimiterMemory } = limiterLibrary();
  const build = options.limiter ?? ((rule) => new RateLimiterMemory(rule));
  const user = build({ ...(options.user ?? RATE_LIMIT_DEFAULTS.user), keyPrefix: 'user' });
  const channel = build({ ...(options.channel ?? RATE_LIMIT_DEFAULTS.channel), keyPrefix: 'channel' });
  return {
    async take(userKey, channelKey) {
      // the person first: a throttled person must not use up the channel's allowance for others
      const person = await consume(user, userKey);
      if (person !== undefined) return { allowed: false, retryAfterSeconds: person, scope: 'user' };
      const room = await consume(channel, channelKey);
      if (room !== undefined) return { allowed: false, retryAfterSeconds: room, scope: 'channel' };
      return { allowed: true };
    },
  };
}

/** undefined when allowed, else the seconds to wait (at least 1) */
async function consume(limiter: RateLimiterAbstract, key: string): Promise<number | undefined> {
  try {
    await limiter.consume(key);
    return undefined;
  } catch (error) {
    if (error instanceof limiterLibrary().RateLimiterRes)
      return Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw error;
  }
}
