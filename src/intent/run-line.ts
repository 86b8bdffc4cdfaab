import { type Answer, errorAnswer } from '../answer.js';
import { findCommand } from '../commands/index.js';
import { isOverLineLimit, TOO_LONG_MESSAGE } from '../commands/options.js';
import { parseCommandLine, runCommand, unknownCommandAnswer } from '../commands/run-command.js';
import type { Engine } from '../engine.js';
import { cleanInput } from '../text/clean-input.js';
import { routeText } from './route-text.js';

/**
 * Answers one line as a person would type it: `/command args`, or plain text routed to a command
 * ("who said great progress" → /who-said). Never throws: a failure inside a command becomes an error answer.
 */
export async function runLine(engine: Engine, line: string): Promise<Answer> {
  try {
    // before any parsing or routing, whose language work grows with the text
    if (isOverLineLimit(line)) return errorAnswer(TOO_LONG_MESSAGE);
    const parsed = parseCommandLine(line);
    if (parsed) {
      return parsed.command
        ? await runCommand(engine, parsed.command, parsed.options)
        : unknownCommandAnswer(parsed.name);
    }
    const text = cleanInput(line);
    if (!text) return { kind: 'error', message: 'Type a question, or /help to see what I can do.' };
    let route = routeText(text);
    // "what did Tarvik say": the wording makes it a speaker; the entity layer knows whether it is a person
    if (route.speaker) {
      const type = await engine.entityType(route.speaker);
      if (type === 'place' || type === 'organisation')
        route = { command: 'ask', options: { question: text } };
    }
    const command = findCommand(route.command);
    if (!command) return unknownCommandAnswer(route.command);
    return await runCommand(engine, command, route.options);
  } catch (error) {
    return {
      kind: 'error',
      message: `Sorry, something went wrong answering that (${describe(error)}). Please try again.`,
    };
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.name : 'unexpected error';
}
