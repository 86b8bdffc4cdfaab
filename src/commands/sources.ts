import { defineCommand } from './define-command.js';

export const sources = defineCommand({
  name: 'sources',
  description: 'The articles the bot knows, and any file it had to skip',
  example: '/sources',
  options: {},
  available: true,
  run: (_options, engine) => engine.sources(),
});
