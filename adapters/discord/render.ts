import type { Answer } from '../../src/index.js';
import type { FeedbackButtons } from '../shared/index.js';
import { LIMITS, truncate } from './limits.js';
import { renderAnswer } from './render-answer.js';
import { renderHelp } from './render-help.js';
import { renderQuotes } from './render-quotes.js';
import { renderSources } from './render-sources.js';
import { renderTimeline, type TimelinePageOptions } from './render-timeline.js';
import { type DiscordReply, enforceLimits, reply } from './reply.js';

export type { DiscordReply } from './reply.js';

export interface RenderOptions {
  /** which timeline page to show, and the query its buttons carry */
  timeline?: TimelinePageOptions | undefined;
  /** 👍/👎 under an /ask answer, carrying this answer id */
  feedback?: FeedbackButtons | undefined;
}

/**
 * The one place that knows Discord markup: an engine Answer becomes a message payload (embeds, buttons,
 * `allowedMentions: { parse: [] }`) that is always within Discord's limits. Pure: same answer, same payload.
 */
export function render(answer: Answer, options: RenderOptions = {}): DiscordReply {
  switch (answer.kind) {
    case 'answer':
      return enforceLimits(renderAnswer(answer, options.feedback));
    case 'quotes':
      return enforceLimits(renderQuotes(answer));
    case 'timeline':
      return enforceLimits(renderTimeline(answer, options.timeline));
    case 'sources':
      return enforceLimits(renderSources(answer));
    case 'help':
      return enforceLimits(renderHelp(answer));
    case 'error':
      return renderError(answer.message);
  }
}

/** A short line of text; the handler sends it ephemerally, so only the person who asked sees it. */
export function renderError(message: string): DiscordReply {
  return reply([], [], truncate(`⚠️ ${message}`, LIMITS.content));
}
