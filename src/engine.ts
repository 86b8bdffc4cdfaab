import type { AnswerOf, Citation } from './answer.js';

export interface TimelineQuery {
  topic?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD; or --MM / --MM-DD, a month or day whose year the articles decide */
  from?: string | undefined;
  to?: string | undefined;
}

export interface SpeakerCount {
  name: string;
  count: number;
}

/** A person, place or organisation the timeline's events mention, and in how many events. */
export interface TopicCount {
  name: string;
  count: number;
  type?: 'person' | 'place' | 'organisation' | undefined;
}

/** One earlier exchange of a conversation: what was asked and what /ask answered. */
export interface ConversationTurn {
  question: string;
  answer?: AnswerOf<'answer'> | undefined;
}

/** What /ask may know beyond the question: the conversation so far, oldest turn first. */
export interface AskContext {
  turns: readonly ConversationTurn[];
}

/**
 * The answer engine: everything an adapter needs, none of it platform-specific. Every method is async
 * because a search backend may be a database server (PostgreSQL) rather than an index in memory.
 */
export interface Engine {
  /**
   * Answers from the articles, or abstains. With `context`, a follow-up ("go on", "and what about
   * Odesa?") continues the previous turn; without it, a follow-up gets a request to ask in full.
   */
  ask(question: string, context?: AskContext): Promise<AnswerOf<'answer'>>;
  whoSaid(query: string): Promise<AnswerOf<'quotes'>>;
  timeline(query?: TimelineQuery): Promise<AnswerOf<'timeline'>>;
  sources(): Promise<AnswerOf<'sources'>>;
  /** people with quotes and how many, most first (Discord autocomplete) */
  speakers(): Promise<SpeakerCount[]>;
  /** what the timeline's events mention (people, places, organisations), most events first (autocomplete) */
  timelineTopics(): Promise<TopicCount[]>;
  /**
   * What the entity layer knows a name as ("Lavrov" a person, "Riyadh" a place, "the Kremlin" an
   * organisation), by any name, alias or role; undefined when the articles never name it.
   */
  entityType(name: string): Promise<'person' | 'place' | 'organisation' | undefined>;
  /**
   * The verbatim text between two offsets of an article's body, with the article's details: what a
   * "Show passage" button shows. Undefined when the article or the range is no longer there (the articles
   * changed since the button was made).
   */
  passage(articleId: string, start: number, end: number): Promise<Citation | undefined>;
}
