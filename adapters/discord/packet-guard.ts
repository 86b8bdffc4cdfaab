import { type Client, MessageFlags, Routes } from 'discord.js';
import { z } from 'zod';
import type { Logger } from '../logger.js';
import { describeError } from './describe-error.js';

/**
 * discord.js trusts the gateway: it builds interaction objects from a packet without checking it, inside its
 * WebSocket handler, so a packet without `data` or with `options` that is not a list throws there, where
 * nothing of ours can catch it, and ends the process. This guard sits in front of discord.js's packet
 * handler: interactions are checked against the fields discord.js reads before it sees them, and any other
 * packet that still makes discord.js throw is logged and dropped. The bot keeps serving either way.
 */

interface GatewayPacket {
  t?: unknown;
  d?: unknown;
}

/** The packet entry point of discord.js's WebSocketManager (private in its typings, stable across v14). */
interface PacketHandler {
  handlePacket(packet?: GatewayPacket, shard?: unknown): boolean;
}

const COULD_NOT_READ =
  'Sorry, I could not read that request (Discord sent it incomplete). Please try the command again.';

export function guardGatewayPackets(client: Client, log: Logger): void {
  const manager = client.ws as unknown as PacketHandler;
  const handle = manager.handlePacket.bind(manager);
  manager.handlePacket = (packet, shard) => {
    if (packet?.t === 'INTERACTION_CREATE') {
      const problem = interactionProblem(packet.d);
      if (problem) {
        log.warn('discord: dropped a malformed interaction', {
          event: packet.t,
          problem,
          ...idOf(packet.d),
        });
        void apologise(client, packet.d, log);
        return true;
      }
    }
    try {
      return handle(packet, shard);
    } catch (error) {
      log.warn('discord: dropped a gateway packet discord.js could not handle', {
        event: typeof packet?.t === 'string' ? packet.t : String(packet?.t),
        ...describeError(error),
      });
      return true;
    }
  };
}

const snowflake = z.string().regex(/^\d{1,25}$/, 'a snowflake id');
const anObject = z.looseObject({});

// an option of a chat command; sub-commands nest options inside options
const option: z.ZodType<unknown> = z.lazy(() =>
  z.looseObject({ name: z.string(), type: z.number().int(), options: z.array(option).optional() }),
);

const commandData = z.looseObject({
  id: snowflake,
  name: z.string(),
  type: z.number().int(),
  options: z.array(option).optional(),
  resolved: anObject.optional(),
});

const base = {
  id: snowflake,
  application_id: snowflake,
  token: z.string().min(1),
  guild_id: snowflake.optional(),
  channel: z.looseObject({ id: snowflake }).optional(),
  user: z.looseObject({ id: snowflake }).optional(),
  member: z.looseObject({ user: z.looseObject({ id: snowflake }) }).optional(),
};

/** What discord.js reads unconditionally, per interaction type (2 command, 3 component, 4 autocomplete, 5 modal). */
const interactionSchema = z
  .discriminatedUnion('type', [
    z.looseObject({ ...base, type: z.literal(2), data: commandData }),
    z.looseObject({
      ...base,
      type: z.literal(3),
      data: z.looseObject({ custom_id: z.string(), component_type: z.number().int() }),
      message: z.looseObject({ id: snowflake }),
    }),
    z.looseObject({ ...base, type: z.literal(4), data: commandData }),
    z.looseObject({
      ...base,
      type: z.literal(5),
      data: z.looseObject({ custom_id: z.string(), components: z.array(anObject) }),
    }),
  ])
  .refine((interaction) => interaction.user ?? interaction.member, 'neither user nor member');

/** Types discord.js itself ignores (with a debug line) are left to it. */
const KNOWN_TYPES = new Set([2, 3, 4, 5]);

/** Why discord.js could not build this interaction, or undefined when it can. */
export function interactionProblem(d: unknown): string | undefined {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return 'the packet data is not an object';
  const type = (d as { type?: unknown }).type;
  if (typeof type === 'number' && !KNOWN_TYPES.has(type)) return undefined;
  const parsed = interactionSchema.safeParse(d);
  if (parsed.success) return undefined;
  return parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'interaction'}: ${issue.message}`)
    .join('; ');
}

/** The interaction's id for the log; never its token, which answers for it for 15 minutes. */
function idOf(d: unknown): Record<string, unknown> {
  const id = (d as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? { interactionId: id } : {};
}

/**
 * An interaction with an id and a token can still be answered, so the person sees a short apology instead
 * of "This interaction failed". The callback route needs no bot token.
 */
async function apologise(client: Client, d: unknown, log: Logger): Promise<void> {
  const { id, token } = (d ?? {}) as { id?: unknown; token?: unknown };
  if (typeof id !== 'string' || !/^\d{1,25}$/.test(id) || typeof token !== 'string' || !token) return;
  try {
    await client.rest.post(Routes.interactionCallback(id, token), {
      auth: false,
      body: {
        type: 4,
        data: { content: COULD_NOT_READ, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
      },
    });
  } catch (error) {
    log.debug('discord: could not answer a malformed interaction', {
      interactionId: id,
      ...describeError(error),
    });
  }
}
