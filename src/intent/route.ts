import type { RawOptions } from '../commands/run-command.js';

/** A command name from the command list and its raw option strings; the command's zod schemas validate them. */
export interface Route {
  command: string;
  options: RawOptions;
}

/**
 * What one family of rules decides: a route; 'ask' when its form matched but the words suit /ask better
 * ("what did Russia say"); undefined when its forms did not match at all.
 */
export type Verdict = Route | 'ask' | undefined;
