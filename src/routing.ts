import type { RawOptions } from './commands/run-command.js';

export interface Route {
  command: string;
  options: RawOptions;
}

/**
 * Routes plain English to a command. Placeholder: everything is a question for /ask until the
 * natural-language router lands (the Slack issue builds it; the REPL's bare text uses it too).
 */
export function routeText(text: string): Route {
  return { command: 'ask', options: { question: text } };
}
