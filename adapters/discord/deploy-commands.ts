import { pathToFileURL } from 'node:url';
import { DiscordAPIError, REST, Routes } from 'discord.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { moderatorCommands, slashCommands } from './command-json.js';
import { MESSAGE_COMMANDS, messageCommands } from './context-menu.js';

/**
 * `npm run discord:deploy`: registers the slash commands by PUTting the whole list, which replaces
 * whatever was registered before (renamed or removed commands disappear too). To one server when
 * DISCORD_GUILD_ID is set (instant, for development), otherwise globally (every server; may take a while
 * to show up). Run it after the command list changes, not at every start-up.
 */

export interface DeployOptions {
  token: string;
  clientId: string;
  guildId?: string | undefined;
  apiUrl?: string | undefined;
}

export interface DeployResult {
  scope: 'guild' | 'global';
  route: string;
  names: string[];
}

export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({
    version: '10',
    ...(options.apiUrl ? { api: options.apiUrl.replace(/\/+$/, '') } : {}),
  });
  rest.setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  // slash commands, the moderators' /talks-add and the message context-menu commands ("Ask talksbot", "Who said this?")
  const body = [...slashCommands(), ...moderatorCommands(), ...messageCommands()];
  try {
    const registered = (await rest.put(route, { body })) as { name: string }[];
    return { scope: options.guildId ? 'guild' : 'global', route, names: registered.map((c) => c.name) };
  } catch (error) {
    throw new Error(deployProblem(error, options));
  } finally {
    // REST keeps sweeper timers; clear them so the script exits as soon as it is done
    rest.clearHashSweeper();
    rest.clearHandlerSweeper();
  }
}

/** The options from the validated config, or an error that says what to put in .env. */
export function deployOptionsFrom(config: Config): DeployOptions {
  if (!config.discord) {
    throw new ConfigError(
      'DISCORD_TOKEN is missing: copy .env.example to .env and paste the bot token (Developer Portal → Bot → Reset Token)',
    );
  }
  if (!config.discord.clientId) {
    throw new ConfigError(
      'DISCORD_CLIENT_ID is missing: add it to .env (Developer Portal → your app → General Information → Application ID)',
    );
  }
  return {
    token: config.discord.token,
    clientId: config.discord.clientId,
    guildId: config.discord.guildId,
    apiUrl: config.discord.apiUrl,
  };
}

function deployProblem(error: unknown, options: DeployOptions): string {
  if (error instanceof DiscordAPIError) {
    if (error.status === 401)
      return 'Discord rejected DISCORD_TOKEN: reset it (Developer Portal → Bot → Reset Token) and update .env';
    if (error.status === 403 || error.code === 50001) {
      return options.guildId
        ? 'Discord refused: is the bot in the DISCORD_GUILD_ID server? Invite it with the bot and applications.commands scopes (see README)'
        : 'Discord refused: check that DISCORD_CLIENT_ID is this bot’s Application ID';
    }
    if (error.status === 404)
      return 'Discord does not know that application or server: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID';
    return `Discord refused the command list (${error.status} ${error.message})`;
  }
  return `Could not reach Discord (${error instanceof Error ? error.message : String(error)})`;
}

async function main(): Promise<void> {
  const options = deployOptionsFrom(loadConfig());
  const result = await deployCommands(options);
  const where =
    result.scope === 'guild'
      ? `server ${options.guildId} (available now)`
      : 'every server (global; may take up to an hour to appear)';
  // "/ask" for a slash command; a context-menu command by its name, as the Apps menu shows it
  const shown = result.names.map((name) =>
    MESSAGE_COMMANDS.some((c) => c.name === name) ? `“${name}”` : `/${name}`,
  );
  process.stdout.write(`Registered ${shown.join(', ')} for ${where}.\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  });
}
