import type { RespondArguments } from '@slack/bolt';
import { type Answer, errorAnswer, findCommand, runCommand } from '../../../../src/index.js';
import type { SlackDeps } from '../../deps.js';
import { readPageState } from '../../paging.js';
import { render } from '../../render.js';

export interface PageButtonArgs {
  action: { value?: string | undefined };
  ack(): Promise<void>;
  respond(message: RespondArguments): Promise<unknown>;
}

/** Previous/Next under a timeline or quote list: re-runs the command from the button's state, replaces the page. */
export async function pageButton({ action, ack, respond }: PageButtonArgs, deps: SlackDeps): Promise<void> {
  await ack();
  const state = readPageState(action.value);
  const command = state && findCommand(state.c);
  if (!state || !command) {
    await respond({
      response_type: 'ephemeral',
      replace_original: false,
      text: 'That button no longer works; please ask again.',
    });
    return;
  }
  let answer: Answer;
  try {
    answer = await runCommand(deps.engine, command, state.o);
  } catch (error) {
    deps.log.error('slack: paging failed', { command: state.c, error: String(error) });
    answer = errorAnswer('Sorry, something went wrong turning the page. Please try again.');
  }
  await respond({ replace_original: true, ...render(answer, { page: state.p, names: deps.names }) });
}
