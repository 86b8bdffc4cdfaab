/**
 * 👍/👎 on answers, kept so the worst answers can be looked at (`talksbot feedback`) and turned into
 * questions for the evaluation (`npm run eval -- --from-feedback`). Async so a PostgreSQL implementation
 * (shared by replicas) fits the same interface.
 */

export type Rating = 'up' | 'down';

export interface FeedbackPassage {
  articleId: string;
  start: number;
  end: number;
  /** the verbatim passage, as the engine cited it */
  passage: string;
  /** the article text's hash when it was cited: tells whether the article changed since the vote */
  contentHash?: string | undefined;
}

export interface FeedbackEntry {
  platform: 'discord' | 'slack' | 'repl';
  /** where the answer was posted (a channel id); never a person's name */
  channel: string;
  /**
   * the answer voted on (the id its 👍/👎 buttons carry), so a second click by the same person changes
   * their vote instead of adding one
   */
  messageId: string;
  /** a one-way hash of the platform user id (see hashUserId): who voted stays private */
  userHash: string;
  rating: Rating;
  question: string;
  answer: string;
  passages: FeedbackPassage[];
  /** ISO time of the vote */
  at: string;
}

export interface FeedbackSummary {
  question: string;
  answer: string;
  up: number;
  down: number;
  passages: FeedbackPassage[];
  lastAt: string;
}

export interface FeedbackStore {
  /** records a vote; the same person voting again on the same message replaces their vote */
  record(entry: FeedbackEntry): Promise<void>;
  /** answers with more 👎 than 👍, most disliked first */
  mostDisliked(limit?: number): Promise<FeedbackSummary[]>;
  close(): Promise<void>;
}
