import { ExpiringMap } from './expiring-map.js';
import type { FeedbackPassage } from './feedback-store.js';

/**
 * What a 👍/👎 rates: the answer as it was given. A button can carry only a short id (Discord allows 100
 * characters), so the question, the answer and its passages are kept under that id when the answer is
 * posted, and read back when someone votes. Async so a shared store (PostgreSQL) fits the same interface.
 */
export interface RatedAnswer {
  question: string;
  answer: string;
  passages: FeedbackPassage[];
}

export interface AnswerLog {
  remember(answerId: string, answer: RatedAnswer): Promise<void>;
  /** undefined when the answer was never kept here or has expired */
  recall(answerId: string): Promise<RatedAnswer | undefined>;
}

/** How long an answer can still be rated: a vote comes minutes or days after the answer, rarely later. */
export const ANSWER_LOG_TTL_MS = 30 * 24 * 60 * 60_000;

/** The one-process log: bounded and expiring, lost on restart (the SQLite feedback store keeps it on disk). */
export class MemoryAnswerLog implements AnswerLog {
  readonly #map: ExpiringMap<RatedAnswer>;
  readonly #now: () => number;

  constructor(options: { maxAnswers?: number; ttlMs?: number; now?: () => number } = {}) {
    this.#map = new ExpiringMap(options.maxAnswers ?? 10_000, options.ttlMs ?? ANSWER_LOG_TTL_MS);
    this.#now = options.now ?? Date.now;
  }

  async remember(answerId: string, answer: RatedAnswer): Promise<void> {
    this.#map.set(answerId, answer, this.#now());
  }

  async recall(answerId: string): Promise<RatedAnswer | undefined> {
    return this.#map.get(answerId, this.#now());
  }
}
