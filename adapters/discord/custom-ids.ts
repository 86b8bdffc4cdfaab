import { createHash } from 'node:crypto';
import type { Rating } from '../../src/index.js';
import { LIMITS } from './limits.js';

/**
 * Button custom ids carry all the state a button needs, so buttons keep working after a restart and across
 * shards: nothing is remembered in memory. Discord allows 100 characters; when the readable form is longer,
 * the long part (an article id, a timeline topic) is replaced by a short hash that the handler resolves.
 */

export interface PassageId {
  kind: 'passage';
  /** the article id, or undefined when only its hash fitted */
  articleId?: string | undefined;
  articleHash?: string | undefined;
  start: number;
  end: number;
}

export interface TimelinePageId {
  kind: 'timeline';
  page: number;
  from?: string | undefined;
  to?: string | undefined;
  /** the topic, or undefined when only its hash fitted (the handler reads it back from the message) */
  topic?: string | undefined;
  topicHash?: string | undefined;
}

export interface VoteId {
  kind: 'vote';
  rating: Rating;
  /** the id the rated answer is kept under (see adapters/shared/feedback.ts) */
  answerId: string;
}

export type ButtonId = PassageId | TimelinePageId | VoteId;

export function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 12);
}

export function passageId(articleId: string, start: number, end: number): string {
  const readable = `p:${articleId}:${start}:${end}`;
  return readable.length <= LIMITS.customId ? readable : `ph:${shortHash(articleId)}:${start}:${end}`;
}

export function timelinePageId(
  page: number,
  query: {
    topic?: string | null | undefined;
    from?: string | null | undefined;
    to?: string | null | undefined;
  },
): string {
  const head = `tl:${page}:${query.from ?? ''}:${query.to ?? ''}`;
  const topic = query.topic ?? '';
  const readable = `${head}:${topic}`;
  // dates are short and validated, so only the topic can overflow
  return readable.length <= LIMITS.customId
    ? readable
    : `tlh:${page}:${query.from ?? ''}:${query.to ?? ''}:${shortHash(topic)}`;
}

/** 👍/👎: the rating and the answer's id; the answer itself is looked up when the vote comes in */
export function voteId(rating: Rating, answerId: string): string {
  return `fb:${rating}:${answerId}`;
}

/** Reads a custom id back; undefined for anything this bot did not make (or an older format). */
export function parseButtonId(customId: string): ButtonId | undefined {
  const passage = /^(p|ph):(.+):(\d+):(\d+)$/.exec(customId);
  if (passage) {
    const [, prefix, article, start, end] = passage;
    const range = { start: Number(start), end: Number(end) };
    if (range.end <= range.start) return undefined;
    return prefix === 'p'
      ? { kind: 'passage', articleId: article!, ...range }
      : { kind: 'passage', articleHash: article!, ...range };
  }
  const vote = /^fb:(up|down):([\w-]{1,64})$/.exec(customId);
  if (vote) return { kind: 'vote', rating: vote[1] as Rating, answerId: vote[2]! };
  const timeline = /^(tl|tlh):(\d+):([\d-]*):([\d-]*):(.*)$/s.exec(customId);
  if (timeline) {
    const [, prefix, page, from, to, topic] = timeline;
    const dates = { from: from || undefined, to: to || undefined };
    const state = { kind: 'timeline' as const, page: Number(page), ...dates };
    return prefix === 'tl' ? { ...state, topic: topic || undefined } : { ...state, topicHash: topic! };
  }
  return undefined;
}
