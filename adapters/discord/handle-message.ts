import type { Client, Message } from 'discord.js';
import { type Answer, type Engine, errorAnswer, helpAnswer } from '../../src/index.js';
import type { Logger } from '../logger.js';
import { answerInConversation } from '../shared/conversation.js';
import { offerFeedback } from '../shared/feedback.js';
import { tooLong } from '../shared/input.js';
import { slowDownText } from '../shared/slow-down.js';
import { describeError } from './describe-error.js';
import { render } from './render.js';
import { type DiscordServices, feedbackOf } from './services.js';

/**
 * A message that mentions the bot, a reply to one of its answers, or a direct message: answered in a reply,
 * with the conversation so far as context. No privileged intent is needed: Discord includes the content of
 * messages that mention the app and of DMs. A reply chain is one conversation: each answer's message id
 * keys the turns the next reply continues.
 */
export async function handleMessage(
  message: Message,
  client: Client,
  engine: Engine,
  services: DiscordServices,
  log: Logger,
): Promise<void> {
  const me = client.user?.id;
  if (!me || message.author.bot || message.author.id === me) return;
  const dm = message.guildId === null;
  const repliesToMe = message.mentions.repliedUser?.id === me;
  if (!dm && !message.mentions.users.has(me) && !repliesToMe) return;
  const decision = await services.limits.take(message.author.id, message.channelId);
  if (!decision.allowed) {
    await message.reply({ content: slowDownText(decision), allowedMentions: { parse: [] } });
    return;
  }
  // the "working" indicator; a failure to show it must not cost the answer
  if ('sendTyping' in message.channel) await message.channel.sendTyping().catch(() => {});
  const key = dm
    ? `discord:dm:${message.channelId}`
    : repliesToMe && message.reference?.messageId
      ? `discord:msg:${message.reference.messageId}`
      : `discord:new:${message.id}`;
  const answer = await answerFor(message.content, me, engine, services, key, log);
  const feedback = await offerFeedback(feedbackOf(services), answer, { log });
  const sent = await message.reply(render(answer, { feedback }));
  // in a channel, the next reply continues from this answer's message
  if (!dm) await carryOver(services, key, `discord:msg:${sent.id}`);
}

async function answerFor(
  content: string,
  me: string,
  engine: Engine,
  services: DiscordServices,
  key: string,
  log: Logger,
): Promise<Answer> {
  const long = tooLong(content);
  if (long) return long;
  // the bot's own mention is not part of the question; other mentions read as names
  const text = content
    .replace(new RegExp(`<@!?${me}>`, 'g'), ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return helpAnswer();
  try {
    return await answerInConversation(engine, services.conversations, key, text);
  } catch (error) {
    log.error('discord: answering a message failed', describeError(error));
    return errorAnswer('Sorry, something went wrong answering that. Please try again.');
  }
}

async function carryOver(services: DiscordServices, from: string, to: string): Promise<void> {
  for (const turn of await services.conversations.turns(from)) await services.conversations.append(to, turn);
}
