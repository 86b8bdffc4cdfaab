import type { RateDecision } from '../../src/index.js';

type Refused = Extract<RateDecision, { allowed: false }>;

/** The polite refusal every platform shows a person over a rate limit. */
export function slowDownText(decision: Refused): string {
  const who =
    decision.scope === 'user'
      ? 'You are asking faster than I can answer'
      : 'This channel is asking a lot at once';
  return `${who}: please slow down and try again in ${decision.retryAfterSeconds} s.`;
}
