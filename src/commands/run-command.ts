import { type Answer, errorAnswer } from '../answer.js';
import type { Engine } from '../engine.js';
import { cleanInput } from '../text/clean-input.js';
import { type CommandDefinition, commands, findCommand } from './index.js';

export type RawOptions = Record<string, string | undefined>;

export interface ParsedCommandLine {
  command: CommandDefinition | undefined;
  /** the name as typed, for the "unknown command" message */
  name: string;
  options: RawOptions;
}

/**
 * Reads `/name free text --option value` the way the REPL, the CLI and Slack's text commands share.
 * Only `--name` flags that the command declares are read as flags; anything else stays part of the text,
 * so a question that happens to contain "--" is not mangled.
 */
export function parseCommandLine(line: string): ParsedCommandLine | undefined {
  const text = cleanInput(line);
  const match = /^\/([\w-]+)(?:\s+(.*))?$/s.exec(text);
  if (!match) return undefined;
  const name = match[1]!;
  const command = findCommand(name);
  const rest = match[2] ?? '';
  if (!command) return { command, name, options: {} };
  return { command, name, options: readOptions(command, rest) };
}

function readOptions(command: CommandDefinition, rest: string): RawOptions {
  const names = Object.keys(command.options);
  const [first, ...flagged] = names;
  const options: RawOptions = {};
  let free = rest;
  for (const flag of flagged) {
    const words = command.options[flag]?.valueWords;
    const value = words ? `${words}(?=\\s|$)|\\S+` : '\\S+';
    const pattern = new RegExp(`(?:^|\\s)--${flag}(?:=|\\s+)(${value})`, words ? 'i' : '');
    const found = pattern.exec(free);
    if (found) {
      options[flag] = found[1];
      free = (free.slice(0, found.index) + free.slice(found.index + found[0].length)).trim();
    }
  }
  if (first !== undefined && free.trim()) options[first] = free.trim();
  return options;
}

/** Validates options with the command's own schemas and runs it; bad input becomes a polite error. */
export async function runCommand(
  engine: Engine,
  command: CommandDefinition,
  raw: RawOptions,
): Promise<Answer> {
  if (!command.available) return errorAnswer(`/${command.name} is coming soon; try /ask or /help for now.`);
  const parsed: Record<string, unknown> = {};
  for (const [name, option] of Object.entries(command.options)) {
    const value = raw[name] === undefined ? undefined : cleanInput(raw[name]);
    const result = option.schema.safeParse(value === '' ? undefined : value);
    if (!result.success) {
      const issue = result.error.issues[0];
      const reason =
        issue?.message && !issue.message.startsWith('Invalid input') ? issue.message : 'is missing';
      return errorAnswer(
        reason === 'is missing' ? `/${command.name} needs ${name}: ${command.example}` : `${reason}`,
      );
    }
    parsed[name] = result.data;
  }
  return command.run(parsed as never, engine);
}

export function unknownCommandAnswer(name: string): Answer {
  const known = commands.map((command) => `/${command.name}`).join(', ');
  return errorAnswer(
    `There is no /${name.slice(0, 40)} command. Try one of: ${known}, or just type a question.`,
  );
}
