import type { z } from 'zod';
import type { Answer } from '../answer.js';
import type { Engine } from '../engine.js';

/**
 * One command, declared once. Discord's slash-command JSON, Slack's text parsing, the REPL's `/name args`
 * parsing and `/help` are all generated from these declarations.
 */
export interface CommandOption {
  /** validates and normalises the raw value; optional options use `.optional()` */
  schema: z.ZodType;
  description: string;
  /**
   * for a `--name value` option whose value can be several words ("--from April 2025"): a regular
   * expression's source for those words, without capturing groups; any other value is one word
   */
  valueWords?: string;
  /** Discord autocomplete (the option's choices come from the engine: its speakers, or its timeline's topics) */
  autocomplete?: 'speakers' | 'timeline-topics';
}

export interface CommandDefinition<O extends Record<string, CommandOption> = Record<string, CommandOption>> {
  name: string;
  description: string;
  /** shown in /help and the README: a realistic invocation */
  example: string;
  /** the first option takes the free text after the command name; the rest are `--name value` */
  options: O;
  /** false while the command is still being built: it answers that it is coming */
  available: boolean;
  run(options: { [K in keyof O]: z.infer<O[K]['schema']> }, engine: Engine): Answer | Promise<Answer>;
}

export function defineCommand<O extends Record<string, CommandOption>>(
  definition: CommandDefinition<O>,
): CommandDefinition {
  return definition as unknown as CommandDefinition;
}

export function isRequired(option: CommandOption): boolean {
  return !option.schema.safeParse(undefined).success;
}

export function usageOf(command: CommandDefinition): string {
  const parts = Object.entries(command.options).map(([name, option], i) => {
    const shown = i === 0 ? `<${name}>` : `--${name} <${name}>`;
    return isRequired(option) ? shown : `[${shown}]`;
  });
  return [`/${command.name}`, ...parts].join(' ');
}
