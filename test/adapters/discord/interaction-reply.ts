import { PermissionFlagsBits } from 'discord.js';
import type { FakeDiscordGateway } from '../../fakes/discord-gateway.js';
import type { InteractionPayload } from '../../fakes/discord-payloads.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest } from '../../fakes/discord-rest.js';

/** the payload's member with Manage Server added to its permissions */
export function asModerator(payload: InteractionPayload): InteractionPayload {
  const permissions = String(BigInt(payload.member.permissions) | PermissionFlagsBits.ManageGuild);
  return { ...payload, member: { ...payload.member, permissions } };
}

/** every request the bot made about one interaction: its callback, edits of @original, follow-ups */
export const requestsFor = (rest: FakeDiscordRest, payload: InteractionPayload) =>
  rest.requests.filter(
    (r) => r.path.includes(payload.token) || r.path.includes(`/interactions/${payload.id}/`),
  );

/** the interaction's first response (a reply, a deferral, autocomplete choices) */
export const callbackFor = (rest: FakeDiscordRest, payload: InteractionPayload, timeoutMs?: number) =>
  rest.waitFor(
    (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    timeoutMs,
  );

/** the edit of @original that answers a deferred interaction */
export const editFor = (rest: FakeDiscordRest, payload: InteractionPayload, timeoutMs = 10_000) =>
  rest.waitFor(
    (r) =>
      r.method === 'PATCH' &&
      r.path === `/webhooks/${FAKE_APPLICATION_ID}/${payload.token}/messages/@original`,
    timeoutMs,
    'the edited answer',
  );

/**
 * Sends an interaction through the fake gateway and reads the bot's reply from the fake REST API: an
 * immediate reply's callback, or the edit of @original after a deferral (content and embed text joined).
 */
export async function replyTo(
  gateway: FakeDiscordGateway,
  rest: FakeDiscordRest,
  payload: InteractionPayload,
  timeoutMs = 60_000,
): Promise<{ content: string; ephemeral: boolean }> {
  gateway.dispatch('INTERACTION_CREATE', payload);
  const callback = await callbackFor(rest, payload, timeoutMs);
  const ephemeral = (Number(callback.body.data?.flags ?? 0) & 64) === 64;
  if (callback.body.type === 4) return { content: String(callback.body.data.content ?? ''), ephemeral };
  const edit = await editFor(rest, payload, timeoutMs);
  const embeds = (edit.body.embeds ?? []) as { description?: string; fields?: { value: string }[] }[];
  const text = [
    edit.body.content ?? '',
    ...embeds.flatMap((e) => [e.description ?? '', ...(e.fields ?? []).map((f) => f.value)]),
  ];
  return { content: text.join('\n'), ephemeral };
}
