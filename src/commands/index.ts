import type { AnswerOf } from '../answer.js';
import { ask } from './ask.js';
import type { CommandDefinition } from './define-command.js';
import { describeCommands, helpCommandOver } from './help.js';
import { sources } from './sources.js';
import { timeline } from './timeline.js';
import { whoSaid } from './who-said.js';

/** The one command list: every adapter, /help and the README are generated from it. Order is display order. */
export const commands: readonly CommandDefinition[] = [
  ask,
  whoSaid,
  timeline,
  sources,
  helpCommandOver(() => commands),
];

export function findCommand(name: string): CommandDefinition | undefined {
  const wanted = name.toLowerCase();
  return commands.find((command) => command.name === wanted);
}

/** The /help answer: what every command does, from the list above. */
export function helpAnswer(): AnswerOf<'help'> {
  return describeCommands(commands);
}

export type { CommandDefinition, CommandOption } from './define-command.js';
export { defineCommand, isRequired, usageOf } from './define-command.js';
