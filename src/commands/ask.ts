import { defineCommand } from './define-command.js';
import { questionText } from './options.js';

export const ask = defineCommand({
  name: 'ask',
  description: 'Ask a question about the articles; the answer cites its passage',
  example: '/ask Who is Russia’s foreign minister?',
  options: { question: { schema: questionText, description: 'Your question' } },
  available: true,
  run: ({ question }, engine) => engine.ask(question),
});
