import { type CommandDefinition, commands } from '../../src/index.js';

/**
 * Slack slash commands, derived from the one command list and a prefix. Slash commands share one namespace
 * with every other app in the workspace (another app's `/ask` would win or clash), so every name gets the
 * prefix: `/talks-ask`, `/talks-who-said`, … with the default `talks-` (SLACK_COMMAND_PREFIX). The manifest
 * is generated from the same names (manifest.ts).
 */
export const DEFAULT_COMMAND_PREFIX = 'talks-';

/** Slack's rule for a command name: lowercase, no spaces, at most 32 characters with the slash. */
export const SLASH_NAME = /^\/[a-z0-9_-]{1,31}$/;

/**
 * The names of an app installed from a manifest written before the prefix existed. They stay answered, so
 * such an install keeps working until its manifest is updated; Slack only sends an app its own commands,
 * so listening to them costs nothing when the app does not have them.
 */
export const LEGACY_SLASHES: Readonly<Record<string, string>> = {
  '/ask': 'ask',
  '/who-said': 'who-said',
  '/timeline': 'timeline',
  '/talks-sources': 'sources',
  '/talks-help': 'help',
};

/** Commands whose answers only ever go to the person who asked, so `--only-me` adds nothing to them. */
export const ANSWERED_PRIVATELY: ReadonlySet<string> = new Set(['sources', 'help']);

/** The commands that change what the bot knows: not in the engine's list, limited to moderators. */
export const MODERATOR_COMMANDS = [
  {
    name: 'add',
    description: 'Moderators: add a news article from its web address',
    usageHint: '<url>',
  },
] as const;
export type ModeratorCommandName = (typeof MODERATOR_COMMANDS)[number]['name'];

export interface SlackSlashCommand {
  /** as typed in Slack, with the slash: "/talks-sources" */
  slash: string;
  command: CommandDefinition;
}

/** Every Slack name of the commands, for one prefix. */
export interface SlashNames {
  prefix: string;
  /** one per command of the command list, in its order */
  commands: readonly SlackSlashCommand[];
  /** "/talks-add" and the other moderator commands */
  moderator: Readonly<Record<ModeratorCommandName, string>>;
  /** every name the app answers to: the prefixed ones and the legacy ones, without duplicates */
  listened: readonly string[];
  /** "/talks-sources" (or a legacy name) → the sources command */
  commandFor(slash: string): CommandDefinition | undefined;
  /** "sources" → "/talks-sources": how /help shows a command in Slack */
  slashFor(name: string): string;
  /** "/talks-sources --x" typed in a mention → "/sources --x", so the engine's line parser knows it */
  toEngineLine(text: string): string;
  /** "/sources" in an example string → the Slack name, so /help shows what to type here */
  toSlackLine(text: string): string;
}

export class CommandPrefixError extends Error {
  override name = 'CommandPrefixError';
}

/** The names for one prefix; throws CommandPrefixError when a name would break Slack's rule. */
export function slashNames(prefix: string = DEFAULT_COMMAND_PREFIX): SlashNames {
  const named: SlackSlashCommand[] = commands.map((command) => ({
    slash: `/${prefix}${command.name}`,
    command,
  }));
  const moderator = Object.fromEntries(
    MODERATOR_COMMANDS.map((command) => [command.name, `/${prefix}${command.name}`]),
  ) as Record<ModeratorCommandName, string>;
  for (const slash of [...named.map((entry) => entry.slash), ...Object.values(moderator)]) {
    if (!SLASH_NAME.test(slash))
      throw new CommandPrefixError(
        `SLACK_COMMAND_PREFIX "${prefix}" makes ${slash}, which Slack does not accept: use lowercase letters, digits, - or _, short enough that every command stays within 32 characters`,
      );
  }
  const byName = new Map(named.map((entry) => [entry.command.name, entry.slash]));
  const bySlash = new Map<string, CommandDefinition>();
  for (const [slash, name] of Object.entries(LEGACY_SLASHES)) {
    const command = commands.find((c) => c.name === name);
    if (command) bySlash.set(slash, command);
  }
  // the prefixed names win over a legacy name that happens to be the same
  for (const entry of named) bySlash.set(entry.slash, entry.command);
  const moderatorSlashes = new Set(Object.values(moderator));
  const listened = [...bySlash.keys()].filter((slash) => !moderatorSlashes.has(slash));

  const commandFor = (slash: string) => bySlash.get(slash.trim().toLowerCase());
  const slashFor = (name: string) => byName.get(name) ?? `/${name}`;
  return {
    prefix,
    commands: named,
    moderator,
    listened,
    commandFor,
    slashFor,
    toEngineLine: (text) => {
      const match = /^(\/[\w-]+)(?=\s|$)/.exec(text);
      const command = match ? commandFor(match[1]!) : undefined;
      return command && match ? `/${command.name}${text.slice(match[1]!.length)}` : text;
    },
    toSlackLine: (text) => {
      const match = /^\/([\w-]+)/.exec(text);
      return match ? `${slashFor(match[1]!)}${text.slice(match[0].length)}` : text;
    },
  };
}

/** The names with the default prefix: what render() uses when it is not told otherwise. */
export const defaultSlashNames: SlashNames = slashNames();
