import { defineCommand } from './define-command.js';

export const help = defineCommand({
  name: 'help',
  description: 'What the bot can do, with examples',
  example: '/help',
  options: {},
  available: true,
  run: (_options, engine) => engine.help(),
});
