import type { ChatInputCommandInteraction } from 'discord.js';

/**
 * `only-me: True` on a command that answers in public: the answer is ephemeral, seen only by the person who
 * asked. The same idea as Slack's `--only-me` (adapters/slack/only-me.ts), as a Discord boolean option.
 */
export const ONLY_ME_OPTION = 'only-me';
export const ONLY_ME_DESCRIPTION = 'Show the answer to you alone';

/** the commands whose answers go to the channel; help, sources and errors are only ever the asker's */
export const ONLY_ME_COMMANDS: ReadonlySet<string> = new Set(['ask', 'who-said', 'timeline']);

export function wantsOnlyMe(interaction: ChatInputCommandInteraction): boolean {
  return (
    ONLY_ME_COMMANDS.has(interaction.commandName) && interaction.options.getBoolean(ONLY_ME_OPTION) === true
  );
}
