import type { RespondArguments } from '@slack/bolt';
import { type Answer, errorAnswer, parseCommandLine, runCommand } from '../../../../src/index.js';
import { offerFeedback } from '../../../shared/feedback.js';
import { slowDownText } from '../../../shared/slow-down.js';
import { feedbackOf, type SlackDeps } from '../../deps.js';
import { tooLongAnswer } from '../../input-limits.js';
import { readOnlyMe } from '../../only-me.js';
import { render } from '../../render.js';
import { fromSlackText } from '../../slack-text.js';

export interface SlashArgs {
  command: {
    command: string;
    text?: string | undefined;
    /** who typed it and where: the rate limits count per person and per channel */
    user_id?: string | undefined;
    channel_id?: string | undefined;
  };
  ack(): Promise<void>;
  respond(message: RespondArguments): Promise<unknown>;
}

/** How long an answer may take before the asker is told it is being worked on. */
export const WORKING_NOTE_AFTER_MS = 1500;
export const WORKING_NOTE = ':hourglass_flowing_sand: Working on it…';

/**
 * Answers go to the channel unless the asker added `--only-me`; help, the source list and errors only ever
 * to the person who asked.
 */
export function visibility(answer: Answer, onlyMe = false): 'in_channel' | 'ephemeral' {
  if (onlyMe) return 'ephemeral';
  return answer.kind === 'answer' || answer.kind === 'quotes' || answer.kind === 'timeline'
    ? 'in_channel'
    : 'ephemeral';
}

/**
 * `/talks-ask …`, `/talks-who-said …`, `/talks-timeline …`, `/talks-sources`, `/talks-help`: ack within
 * Slack's 3 s, then respond. A slash command has no message to put the ⏳ reaction on, so an answer that
 * takes longer than WORKING_NOTE_AFTER_MS gets an ephemeral "working on it" note first.
 */
export async function slashCommand({ command, ack, respond }: SlashArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const decision = await deps.limits.take(command.user_id ?? 'unknown', command.channel_id ?? 'unknown');
  if (!decision.allowed) {
    await respond({ response_type: 'ephemeral', text: slowDownText(decision) });
    return;
  }
  const raw = command.text ?? '';
  const { text, onlyMe } = readOnlyMe(raw);
  const note = setTimeout(() => {
    respond({ response_type: 'ephemeral', text: WORKING_NOTE }).catch((error: unknown) =>
      deps.log.debug('slack: could not send the working note', { error: String(error) }),
    );
  }, deps.workingNoteAfterMs ?? WORKING_NOTE_AFTER_MS);
  let answer: Answer;
  try {
    answer = await answerFor(command.command, raw, text, deps);
  } finally {
    clearTimeout(note);
  }
  const feedback = await offerFeedback(feedbackOf(deps), answer, { log: deps.log });
  await respond({
    response_type: visibility(answer, onlyMe),
    ...render(answer, { names: deps.names, feedback }),
  });
}

async function answerFor(slash: string, raw: string, text: string, deps: SlackDeps): Promise<Answer> {
  try {
    const definition = deps.names.commandFor(slash);
    if (!definition) {
      const known = deps.names.commands.map((entry) => entry.slash).join(', ');
      return errorAnswer(`I don't handle ${slash}; try ${known}.`);
    }
    // checked on the raw text, before unescaping and parsing
    const tooLong = tooLongAnswer(raw);
    if (tooLong) return tooLong;
    // the same `free text --flag value` parsing as the REPL, from the one command list
    const parsed = parseCommandLine(`/${definition.name} ${fromSlackText(text)}`);
    return await runCommand(deps.engine, definition, parsed?.options ?? {});
  } catch (error) {
    deps.log.error('slack: slash command failed', { command: slash, error: String(error) });
    return errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
}
