import { botMessage, FAKE_APPLICATION_ID } from './discord-rest.js';

/**
 * Raw INTERACTION_CREATE payloads shaped as Discord sends them (a guild text channel, a member with no
 * special permissions), for feeding a real discord.js Client.
 */

export const GUILD_ID = '1000000000000000001';
export const CHANNEL_ID = '1300000000000000001';
export const USER_ID = '1400000000000000001';

let next = 1_500_000_000_000_000_000n;
const snowflake = () => String(next++);

export interface StringOption {
  name: string;
  value: string;
  focused?: boolean;
}

const user = {
  id: USER_ID,
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
  public_flags: 0,
};

function base(type: number, data: object, extra: object = {}) {
  const id = snowflake();
  return {
    id,
    application_id: FAKE_APPLICATION_ID,
    type,
    data,
    guild_id: GUILD_ID,
    guild: { id: GUILD_ID, locale: 'en-US', features: [] },
    channel_id: CHANNEL_ID,
    channel: {
      id: CHANNEL_ID,
      type: 0,
      guild_id: GUILD_ID,
      name: 'general',
      position: 0,
      flags: 0,
      nsfw: false,
      parent_id: null,
      permissions: '2248473465835073',
    },
    member: {
      user,
      roles: [],
      permissions: '2248473465835073',
      joined_at: '2025-01-01T00:00:00.000000+00:00',
      deaf: false,
      mute: false,
      flags: 0,
      nick: null,
      avatar: null,
      pending: false,
      premium_since: null,
      communication_disabled_until: null,
    },
    // unique per interaction, so each test finds its own requests by token
    token: `token-${id}`,
    version: 1,
    app_permissions: '2248473465835073',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 10_485_760,
    ...extra,
  };
}

export type InteractionPayload = ReturnType<typeof base>;

/** type 2 APPLICATION_COMMAND, data.type 1 CHAT_INPUT; every option is a string (type 3) */
export function chatInput(name: string, options: StringOption[] = []): InteractionPayload {
  return base(2, {
    id: snowflake(),
    name,
    type: 1,
    guild_id: GUILD_ID,
    options: options.map((o) => ({ type: 3, ...o })),
  });
}

/** type 4 APPLICATION_COMMAND_AUTOCOMPLETE: the option being typed has `focused: true` */
export function autocomplete(name: string, options: StringOption[]): InteractionPayload {
  return base(4, {
    id: snowflake(),
    name,
    type: 1,
    guild_id: GUILD_ID,
    options: options.map((o) => ({ type: 3, ...o })),
  });
}

/** type 3 MESSAGE_COMPONENT, component_type 2 BUTTON, on a message the bot sent earlier */
export function buttonClick(
  customId: string,
  message: { embeds?: object[]; components?: object[] } = {},
): InteractionPayload {
  return base(
    3,
    { custom_id: customId, component_type: 2 },
    {
      message: botMessage({
        applicationId: FAKE_APPLICATION_ID,
        id: snowflake(),
        channelId: CHANNEL_ID,
        ...message,
        timestamp: '2025-08-08T12:00:00.000000+00:00',
      }),
    },
  );
}

/** Hands a raw payload to the client exactly as its gateway handler for INTERACTION_CREATE does. */
export function feed(client: unknown, payload: InteractionPayload): void {
  (
    client as { actions: { InteractionCreate: { handle(data: unknown): void } } }
  ).actions.InteractionCreate.handle(payload);
}

/** A message someone posted in the channel, as Discord resolves it in a message context-menu interaction. */
export function userMessage(content: string, over: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: snowflake(),
    type: 0,
    channel_id: CHANNEL_ID,
    author: { ...user, id: '1400000000000000033', username: 'colleague', global_name: 'Colleague' },
    content,
    embeds: [],
    components: [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: '2025-08-08T12:00:00.000000+00:00',
    edited_timestamp: null,
    flags: 0,
    ...over,
  };
}

/** type 2 APPLICATION_COMMAND, data.type 3 MESSAGE: right-click a message → Apps → `name` */
export function messageCommand(name: string, message: Record<string, unknown>): InteractionPayload {
  const id = String(message.id);
  return base(2, {
    id: snowflake(),
    name,
    type: 3,
    guild_id: GUILD_ID,
    target_id: id,
    resolved: { messages: { [id]: message } },
  });
}
