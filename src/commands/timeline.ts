import { defineCommand } from './define-command.js';
import { optionalIsoDate, optionalTopic } from './options.js';

export const timeline = defineCommand({
  name: 'timeline',
  description: 'What happened when, in date order; optionally about a topic',
  example: '/timeline Istanbul',
  options: {
    topic: { schema: optionalTopic, description: 'A person, place or term (optional)' },
    from: { schema: optionalIsoDate, description: 'Earliest date, e.g. 2025-04 (optional)' },
    to: { schema: optionalIsoDate, description: 'Latest date, e.g. 2025-07-20 (optional)' },
  },
  available: true,
  run: ({ topic, from, to }, engine) => engine.timeline({ topic, from, to }),
});
