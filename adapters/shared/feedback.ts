import { randomBytes } from 'node:crypto';
import {
  type Answer,
  type AnswerLog,
  type FeedbackEntry,
  type FeedbackStore,
  hashUserId,
  type RatedAnswer,
  type Rating,
} from '../../src/index.js';
import type { Logger } from '../logger.js';

/**
 * 👍/👎 under every /ask answer, the same on every platform: which buttons, what a vote stores and what the
 * voter is told. The renderers only turn `VOTES` into Discord buttons or Block Kit; the handlers call
 * `offerFeedback` before posting an answer and `recordVote` when a button is clicked.
 */

export interface Vote {
  rating: Rating;
  emoji: string;
  /** what a screen reader says, and the tooltip */
  label: string;
}

export const VOTES: readonly Vote[] = [
  { rating: 'up', emoji: '👍', label: 'Helpful' },
  { rating: 'down', emoji: '👎', label: 'Not helpful' },
];

/** Where votes go and where the rated answers are kept until someone votes. */
export interface FeedbackServices {
  feedback: FeedbackStore;
  answers: AnswerLog;
}

/** What the renderers need to draw the buttons: the id both buttons carry. */
export interface FeedbackButtons {
  answerId: string;
}

/**
 * /ask answers and abstentions can be rated (an abstention where the articles do say is worth hearing
 * about); a request to say more, the other commands and errors cannot.
 */
export function ratedAnswerOf(answer: Answer, asked?: string): RatedAnswer | undefined {
  if (answer.kind !== 'answer' || answer.clarify) return undefined;
  return {
    question: answer.question ?? asked ?? '',
    answer: answer.text,
    passages: answer.citations.map((c) => ({
      articleId: c.articleId,
      start: c.start,
      end: c.end,
      passage: c.passage,
      ...(c.contentHash ? { contentHash: c.contentHash } : {}),
    })),
  };
}

/**
 * Keeps a ratable answer under a fresh id and returns the buttons' state; nothing for anything else. Never
 * throws: a store that is down costs the buttons, not the answer.
 */
export async function offerFeedback(
  services: FeedbackServices | undefined,
  answer: Answer,
  context: { asked?: string | undefined; log?: Pick<Logger, 'warn'> } = {},
): Promise<FeedbackButtons | undefined> {
  const rated = services && ratedAnswerOf(answer, context.asked);
  if (!services || !rated) return undefined;
  // 72 random bits: unguessable, so nobody rates an answer they never saw, and short enough for a custom id
  const answerId = randomBytes(9).toString('base64url');
  try {
    await services.answers.remember(answerId, rated);
  } catch (error) {
    context.log?.warn('feedback: could not keep the answer, so it has no 👍/👎', { error: String(error) });
    return undefined;
  }
  return { answerId };
}

export interface VoteClick {
  platform: FeedbackEntry['platform'];
  channel: string;
  /** the platform's user id: only its hash is stored */
  userId: string;
  answerId: string;
  rating: Rating;
}

/** Stores a click; a second one by the same person on the same answer replaces the first. */
export async function recordVote(
  services: FeedbackServices,
  click: VoteClick,
  now: () => number = Date.now,
): Promise<'recorded' | 'expired'> {
  const rated = await services.answers.recall(click.answerId);
  if (!rated) return 'expired';
  await services.feedback.record({
    ...rated,
    platform: click.platform,
    channel: click.channel,
    messageId: click.answerId,
    userHash: hashUserId(click.platform, click.userId),
    rating: click.rating,
    at: new Date(now()).toISOString(),
  });
  return 'recorded';
}

/** The quiet acknowledgement only the voter sees. */
export function voteAcknowledgement(result: 'recorded' | 'expired', rating: Rating): string {
  if (result === 'expired') return 'This answer is too old to rate now, but thank you all the same.';
  return rating === 'up'
    ? 'Thanks for the 👍: noted. Clicking 👎 instead changes your vote.'
    : 'Thanks for the 👎: noted, so this answer gets looked at. Clicking 👍 instead changes your vote.';
}

export function isRating(text: string | undefined): text is Rating {
  return text === 'up' || text === 'down';
}
