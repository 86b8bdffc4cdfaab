import type { AnswerOf } from '../answer.js';
import { type CommandDefinition, defineCommand, isRequired, usageOf } from './define-command.js';

/** What /help shows: each command's name, usage, example and options, in the list's order. */
export function describeCommands(list: readonly CommandDefinition[]): AnswerOf<'help'> {
  return {
    kind: 'help',
    commands: list.map((command) => ({
      name: command.name,
      description: command.description,
      usage: usageOf(command),
      example: command.example,
      available: command.available,
      options: Object.entries(command.options).map(([name, option]) => ({
        name,
        description: option.description,
        required: isRequired(option),
      })),
    })),
  };
}

/** /help over a command list given late, because the list itself contains /help. */
export function helpCommandOver(list: () => readonly CommandDefinition[]): CommandDefinition {
  return defineCommand({
    name: 'help',
    description: 'What the bot can do, with examples',
    example: '/help',
    options: {},
    available: true,
    run: () => describeCommands(list()),
  });
}
