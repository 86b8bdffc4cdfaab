import { defineCommand } from './define-command.js';
import { queryText } from './options.js';

export const whoSaid = defineCommand({
  name: 'who-said',
  description: 'Quotes by a person, or who said a phrase',
  example: '/who-said Lavrov',
  options: {
    query: { schema: queryText, description: 'A name or words from a quote', autocomplete: 'speakers' },
  },
  available: true,
  run: ({ query }, engine) => engine.whoSaid(query),
});
