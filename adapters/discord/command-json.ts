import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { z } from 'zod';
import { type CommandDefinition, type CommandOption, commands, isRequired } from '../../src/index.js';
import { LIMITS, truncate } from './limits.js';
import { ONLY_ME_COMMANDS, ONLY_ME_DESCRIPTION, ONLY_ME_OPTION } from './only-me.js';

type SlashCommand = RESTPostAPIChatInputApplicationCommandsJSONBody;
type SlashOption = NonNullable<SlashCommand['options']>[number];

/**
 * Discord's slash-command JSON, generated from the engine's one command list: names, descriptions,
 * required flags, autocomplete and length limits all come from the command declarations and their zod schemas.
 */
export function slashCommands(list: readonly CommandDefinition[] = commands): SlashCommand[] {
  return list.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: truncate(command.description, LIMITS.commandDescription),
    // Discord requires required options before optional ones
    options: [
      ...Object.entries(command.options).map(([name, option]) => slashOption(name, option)),
      ...(ONLY_ME_COMMANDS.has(command.name) ? [onlyMeOption()] : []),
    ].sort((a, b) => Number(b.required ?? false) - Number(a.required ?? false)),
  }));
}

/** Discord's own: how the answer is shown, not what the engine is asked, so not in the command list */
function onlyMeOption(): SlashOption {
  return {
    type: ApplicationCommandOptionType.Boolean,
    name: ONLY_ME_OPTION,
    description: ONLY_ME_DESCRIPTION,
    required: false,
  };
}

function slashOption(name: string, option: CommandOption): SlashOption {
  const base = {
    name,
    description: truncate(option.description, LIMITS.optionDescription),
    required: isRequired(option),
  };
  const inner = innermost(option.schema);
  switch (inner?._zod.def.type) {
    case 'number':
      return { ...base, type: ApplicationCommandOptionType.Number };
    case 'boolean':
      return { ...base, type: ApplicationCommandOptionType.Boolean };
    default: {
      const limits = stringLimits(inner);
      return {
        ...base,
        type: ApplicationCommandOptionType.String,
        ...limits,
        ...(option.autocomplete ? { autocomplete: true } : {}),
      };
    }
  }
}

/** The schema under `.optional()` and `.transform()` wrappers, where the type and limits are declared. */
function innermost(schema: z.ZodType): z.ZodType | undefined {
  let current: unknown = schema;
  for (let depth = 0; depth < 10 && current; depth++) {
    const def = (current as z.ZodType)._zod.def as { type: string; innerType?: unknown; in?: unknown };
    if (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') current = def.innerType;
    else if (def.type === 'pipe') current = def.in;
    else return current as z.ZodType;
  }
  return undefined;
}

/** Discord checks lengths in the client, so a too-long question is stopped before it is even sent. */
function stringLimits(schema: z.ZodType | undefined): { min_length?: number; max_length?: number } {
  const string = schema as { minLength?: number | null; maxLength?: number | null } | undefined;
  const limits: { min_length?: number; max_length?: number } = {};
  if (typeof string?.minLength === 'number' && string.minLength > 0)
    limits.min_length = Math.min(string.minLength, 6000);
  if (typeof string?.maxLength === 'number') limits.max_length = Math.min(string.maxLength, 6000);
  return limits;
}

/** The moderators' command: adds a news article from a url. Not in the engine's list: it writes files. */
export const ADD_COMMAND = 'talks-add';

/**
 * `/talks-add url:`: shown only to members with Manage Server by default (server admins may change that
 * under Server Settings → Integrations, and the handler checks the permission again), and only in servers.
 */
export function moderatorCommands(): SlashCommand[] {
  return [
    {
      type: ApplicationCommandType.ChatInput,
      name: ADD_COMMAND,
      description: 'Moderators: add a news article from its web address',
      default_member_permissions: String(PermissionFlagsBits.ManageGuild),
      contexts: [InteractionContextType.Guild],
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'url',
          description: 'The address of the article’s page (https://…)',
          required: true,
          max_length: 2000,
        },
      ],
    },
  ];
}
