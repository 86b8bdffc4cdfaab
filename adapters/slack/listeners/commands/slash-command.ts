import type { RespondArguments } from '@slack/bolt';
import { type Answer, errorAnswer, parseCommandLine, runCommand } from '../../../../src/index.js';
import type { SlackDeps } from '../../deps.js';
import { tooLongAnswer } from '../../input-limits.js';
import { render } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';
import { commandForSlash, slashCommands } from '../../slash-commands.js';

export interface SlashArgs {
  command: { command: string; text?: string | undefined };
  ack(): Promise<void>;
  respond(message: RespondArguments): Promise<unknown>;
}

/** Answers go to the channel; help, the source list and errors only to the person who asked. */
export function visibility(answer: Answer): 'in_channel' | 'ephemeral' {
  return answer.kind === 'answer' || answer.kind === 'quotes' || answer.kind === 'timeline'
    ? 'in_channel'
    : 'ephemeral';
}

/** `/ask …`, `/who-said …`, `/timeline …`, `/talks-sources`, `/talks-help`: ack within Slack's 3 s, then respond. */
export async function slashCommand({ command, ack, respond }: SlashArgs, deps: SlackDeps): Promise<void> {
  await ack();
  let answer: Answer;
  try {
    const definition = commandForSlash(command.command);
    if (!definition) {
      const known = slashCommands.map((entry) => entry.slash).join(', ');
      answer = errorAnswer(`I don't handle ${command.command}; try ${known}.`);
    } else {
      const text = command.text ?? '';
      // checked on the raw text, before unescaping and parsing
      const tooLong = tooLongAnswer(text);
      // the same `free text --flag value` parsing as the REPL, from the one command list
      const parsed = tooLong ? undefined : parseCommandLine(`/${definition.name} ${fromSlackText(text)}`);
      answer = tooLong ?? (await runCommand(deps.engine, definition, parsed?.options ?? {}));
    }
  } catch (error) {
    deps.log.error('slack: slash command failed', { command: command.command, error: String(error) });
    answer = errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
  await respond({ response_type: visibility(answer), ...render(answer) });
}
