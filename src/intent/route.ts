import type { RawOptions } from '../commands/run-command.js';

/** A command name from the command list and its raw option strings; the command's zod schemas validate them. */
export interface Route {
  command: string;
  options: RawOptions;
  /**
   * the phrase a /who-said route takes for a person from its wording alone ("what did Tarvik say"):
   * the caller asks the entity layer, and a place or an organisation goes to /ask instead
   */
  speaker?: string | undefined;
}

/**
 * What one family of rules decides: a route; 'ask' when its form matched but the words suit /ask better
 * ("what did Russia say"); undefined when its forms did not match at all.
 */
export type Verdict = Route | 'ask' | undefined;
