import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { PAGE_ACTION } from '../../paging.js';
import { pageButton } from './page-button.js';

export function registerActions(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(PAGE_ACTION, ({ action, ack, respond }) =>
    pageButton({ action, ack, respond }, deps),
  );
}
