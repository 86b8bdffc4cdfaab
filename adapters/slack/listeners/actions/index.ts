import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { PAGE_ACTION } from '../../paging.js';
import { VOTE_ACTION } from '../../render.js';
import { pageButton } from './page-button.js';
import { voteButton } from './vote-button.js';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(PAGE_ACTION, ({ action, ack, respond }) =>
    pageButton({ action, ack, respond }, deps),
  );
  app.action<BlockAction<ButtonAction>>(VOTE_ACTION, ({ action, body, ack, respond }) =>
    voteButton({ action, body, ack, respond }, deps),
  );
}
