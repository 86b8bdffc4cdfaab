import { DATE_BOUND_WORDS } from '../nlp/dates/date-phrase.js';
import { defineCommand } from './define-command.js';
import { optionalDateBound, optionalTopic } from './options.js';

export const timeline = defineCommand({
  name: 'timeline',
  description: 'What happened when, in date order; optionally about a topic',
  example: '/timeline Istanbul',
  options: {
    topic: {
      schema: optionalTopic,
      description: 'A person, place or term (optional)',
      autocomplete: 'timeline-topics',
    },
    from: {
      schema: optionalDateBound,
      description: 'Earliest date, e.g. April, April 2025 or 2025-04-21 (optional)',
      valueWords: DATE_BOUND_WORDS,
    },
    to: {
      schema: optionalDateBound,
      description: 'Latest date, e.g. June, 2025-07 or 2025-07-20 (optional)',
      valueWords: DATE_BOUND_WORDS,
    },
  },
  available: true,
  run: ({ topic, from, to }, engine) => engine.timeline({ topic, from, to }),
});
