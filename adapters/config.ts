import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { config as loadDotenv } from 'dotenv';
import { z } from 'zod';

/**
 * The only place that reads process.env. `.env` is loaded with dotenv, then every variable is validated
 * with zod; an error says which variable is wrong and what to do about it.
 */

/** The folder holding package.json: the same whether this runs from adapters/ or compiled dist/adapters/. */
function findProjectRoot(start: string): string {
  for (let dir = start; ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    if (dirname(dir) === dir) return start;
  }
}
export const PROJECT_ROOT = findProjectRoot(dirname(fileURLToPath(import.meta.url)));

const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));

const optionalUrl = (name: string) =>
  optionalText.pipe(
    z.url({ error: `${name} must be a full URL such as http://127.0.0.1:8080/api` }).optional(),
  );

const envSchema = z.object({
  KNOWLEDGE_DIR: optionalText,
  CACHE_DIR: optionalText,
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  // fetching pages: private/loopback addresses are refused unless an operator allows them
  FETCH_ALLOW_PRIVATE: z
    .enum(['true', 'false', '1', '0', ''], { error: 'FETCH_ALLOW_PRIVATE is true or false' })
    .optional()
    .transform((value) => value === 'true' || value === '1'),
  FEEDS_POLL_MINUTES: z.coerce
    .number({ error: 'FEEDS_POLL_MINUTES is a number of minutes such as 30 (0 turns polling off)' })
    .min(0, 'FEEDS_POLL_MINUTES is a number of minutes such as 30 (0 turns polling off)')
    .default(30),
  // PostgreSQL: shared state for replicas (and the search backend); unset = one process, nothing to run
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(
        /^postgres(ql)?:\/\/\S+$/,
        'DATABASE_URL is a PostgreSQL URL such as postgres://talksbot:secret@127.0.0.1:5432/talksbot',
      )
      .optional(),
  ),

  // the chat bot's engine thread yields the CPU to the thread that acknowledges requests (0: same priority)
  ENGINE_NICE: z.coerce
    .number({ error: 'ENGINE_NICE is a whole number from 0 to 19, such as 10 (0: no lower priority)' })
    .int({ error: 'ENGINE_NICE is a whole number from 0 to 19, such as 10 (0: no lower priority)' })
    .min(0, { error: 'ENGINE_NICE is a whole number from 0 to 19, such as 10 (0: no lower priority)' })
    .max(19, { error: 'ENGINE_NICE is a whole number from 0 to 19, such as 10 (0: no lower priority)' })
    .default(10),

  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optionalText.pipe(
    z
      .string()
      .regex(
        /^\d{15,25}$/,
        'DISCORD_CLIENT_ID is the numeric Application ID from the Discord Developer Portal',
      )
      .optional(),
  ),
  DISCORD_GUILD_ID: optionalText.pipe(
    z
      .string()
      .regex(
        /^\d{15,25}$/,
        'DISCORD_GUILD_ID is a numeric server ID (right-click the server → Copy Server ID)',
      )
      .optional(),
  ),
  DISCORD_API_URL: optionalUrl('DISCORD_API_URL'),

  SLACK_BOT_TOKEN: optionalText.pipe(
    z
      .string()
      .startsWith(
        'xoxb-',
        'SLACK_BOT_TOKEN starts with xoxb-: copy the Bot User OAuth Token from "OAuth & Permissions"',
      )
      .optional(),
  ),
  SLACK_APP_TOKEN: optionalText.pipe(
    z
      .string()
      .startsWith(
        'xapp-',
        'SLACK_APP_TOKEN starts with xapp-: create an app-level token with connections:write',
      )
      .optional(),
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_API_URL: optionalUrl('SLACK_API_URL'),
  // Slack's rule for command names (lowercase, no spaces, 32 characters): 20 leaves room for every name
  SLACK_COMMAND_PREFIX: optionalText.pipe(
    z
      .string()
      .regex(
        /^[a-z0-9_-]{1,20}$/,
        'SLACK_COMMAND_PREFIX is up to 20 lowercase letters, digits, - or _, such as talks- (Slack command names allow no more)',
      )
      .default('talks-'),
  ),
  // Slack member ids (U…/W…), separated by commas or spaces: who may use /talks-add
  SLACK_ADMIN_USER_IDS: optionalText
    .transform((value) => (value ? value.split(/[\s,]+/).filter(Boolean) : []))
    .pipe(
      z.array(
        z
          .string()
          .regex(
            /^[UW][A-Z0-9]{2,}$/,
            'SLACK_ADMIN_USER_IDS lists Slack member ids such as U012ABCDEF (profile → ⋮ → Copy member ID), separated by commas',
          ),
      ),
    ),
  // read as text here: only Slack's HTTP mode listens on it, so only that mode validates it (below)
  PORT: optionalText,
  // HTTP mode's interface: 127.0.0.1 behind a reverse proxy on the same machine (deploy/); all by default
  HOST: optionalText,
  // mentions and DMs one process answers at once (the rest wait their turn); 4 by default
  SLACK_ANSWER_CONCURRENCY: optionalText.pipe(
    z
      .string()
      .regex(/^(?:[1-9]|[1-5]\d|6[0-4])$/, {
        error: 'SLACK_ANSWER_CONCURRENCY is a whole number from 1 to 64, such as 4',
      })
      .transform(Number)
      .optional(),
  ),
});

const portSchema = z.coerce
  .number({ error: 'PORT must be a number such as 3000' })
  .int({ error: 'PORT must be a whole number such as 3000' })
  .min(1, { error: 'PORT must be between 1 and 65535' })
  .max(65535, { error: 'PORT must be between 1 and 65535' });
const DEFAULT_PORT = 3000;

export type Env = z.infer<typeof envSchema>;

export interface Config {
  knowledgeDir: string;
  cacheDir: string;
  logLevel: Env['LOG_LEVEL'];
  /** fetches may reach private and loopback addresses (never for a public bot) */
  fetchAllowPrivate: boolean;
  /** how often a running bot polls the feeds in knowledge/feeds.yml; 0 = never */
  feedsPollMinutes: number;
  /** before every Slack slash command's name ("talks-" → /talks-ask); the manifest needs it without a token */
  slackCommandPrefix: string;
  /** PostgreSQL connection URL: replicas share their state there; unset = in-process memory and SQLite */
  databaseUrl?: string | undefined;
  /** the chat bot's engine thread's nice value (ENGINE_NICE, 0–19) */
  engineNice: number;
  discord?: {
    token: string;
    clientId?: string | undefined;
    guildId?: string | undefined;
    apiUrl?: string | undefined;
  };
  slack?: {
    botToken: string;
    appToken?: string | undefined;
    signingSecret?: string | undefined;
    apiUrl?: string | undefined;
    port: number;
    /** the interface HTTP mode binds (all when unset) */
    host?: string | undefined;
    /** SLACK_COMMAND_PREFIX; the default `talks-` when unset */
    commandPrefix?: string | undefined;
    /** member ids allowed to use /talks-add; nobody when empty */
    adminUserIds?: readonly string[] | undefined;
    /** SLACK_ANSWER_CONCURRENCY: mentions and DMs answered at once by this process */
    answerConcurrency?: number | undefined;
  };
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads `.env` (if present) and the environment; throws ConfigError with every problem listed. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { dotenv?: boolean } = {}): Config {
  if (options.dotenv !== false) loadDotenv({ path: resolve(PROJECT_ROOT, '.env'), quiet: true });
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `- ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(
      `Configuration problem (check .env; .env.example lists every variable):\n${problems.join('\n')}`,
    );
  }
  const e = parsed.data;
  const config: Config = {
    knowledgeDir: resolve(PROJECT_ROOT, e.KNOWLEDGE_DIR ?? 'knowledge'),
    cacheDir: resolve(PROJECT_ROOT, e.CACHE_DIR ?? '.cache'),
    logLevel: e.LOG_LEVEL,
    fetchAllowPrivate: e.FETCH_ALLOW_PRIVATE,
    feedsPollMinutes: e.FEEDS_POLL_MINUTES,
    slackCommandPrefix: e.SLACK_COMMAND_PREFIX,
    databaseUrl: e.DATABASE_URL,
    engineNice: e.ENGINE_NICE,
  };
  if (e.DISCORD_TOKEN) {
    config.discord = {
      token: e.DISCORD_TOKEN,
      clientId: e.DISCORD_CLIENT_ID,
      guildId: e.DISCORD_GUILD_ID,
      apiUrl: e.DISCORD_API_URL,
    };
  }
  if (e.SLACK_BOT_TOKEN) {
    if (!e.SLACK_APP_TOKEN && !e.SLACK_SIGNING_SECRET) {
      throw new ConfigError(
        'Slack needs SLACK_APP_TOKEN (Socket Mode, easiest) or SLACK_SIGNING_SECRET (HTTP events on PORT): add one to .env',
      );
    }
    config.slack = {
      botToken: e.SLACK_BOT_TOKEN,
      appToken: e.SLACK_APP_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
      // Socket Mode (an app token) listens on no port, so a stray PORT for something else is no error
      port: e.SLACK_APP_TOKEN ? DEFAULT_PORT : parsePort(e.PORT),
      host: e.HOST,
      commandPrefix: config.slackCommandPrefix,
      adminUserIds: e.SLACK_ADMIN_USER_IDS,
      answerConcurrency: e.SLACK_ANSWER_CONCURRENCY,
    };
  }
  return config;
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return DEFAULT_PORT;
  const parsed = portSchema.safeParse(text);
  if (parsed.success) return parsed.data;
  throw new ConfigError(
    `Configuration problem (check .env; .env.example lists every variable):\n- PORT: ${parsed.error.issues[0]?.message} (Slack's HTTP mode listens on it)`,
  );
}
