import type { AnswerOf } from './answer.js';

export interface TimelineQuery {
  topic?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export interface SpeakerCount {
  name: string;
  count: number;
}

/** The answer engine: everything an adapter needs, none of it platform-specific. */
export interface Engine {
  ask(question: string): AnswerOf<'answer'>;
  whoSaid(query: string): AnswerOf<'quotes'>;
  timeline(query?: TimelineQuery): AnswerOf<'timeline'>;
  sources(): AnswerOf<'sources'>;
  /** people with quotes and how many, most first (Discord autocomplete) */
  speakers(): SpeakerCount[];
}
