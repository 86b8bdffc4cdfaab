import type { App } from '@slack/bolt';
import type { SlackDeps } from '../../deps.js';
import { addCommand } from './add-command.js';
import { slashCommand } from './slash-command.js';

export function registerCommands(app: App, deps: SlackDeps): void {
  for (const slash of deps.names.listened) {
    app.command(slash, ({ command, ack, respond }) => slashCommand({ command, ack, respond }, deps));
  }
  app.command(deps.names.moderator.add, ({ command, ack, respond }) =>
    addCommand({ command, ack, respond }, deps),
  );
}
