import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeDiscordGateway, startFakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { chatInput, type InteractionPayload } from '../../fakes/discord-payloads.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { ROOT } from '../../helpers.js';
import { ANSWER_WORDS, type ChatAddFixture, QUESTION, startChatAddFixture } from '../chat-add-fixture.js';
import { asModerator, replyTo as replyToInteraction } from './interaction-reply.js';

/**
 * `npm run discord:sharded` for real: discord.js's ShardingManager spawns the shard process (from source,
 * under tsx) against the fake REST API and gateway on 127.0.0.1. A shard follows the knowledge folder like
 * `npm start`: a moderator's /talks-add is fetched from the loopback page server, written, reloaded, and the
 * next /ask is answered from it.
 */
let world: ChatAddFixture;
let rest: FakeDiscordRest;
let gateway: FakeDiscordGateway;
let manager: ChildProcess | undefined;
let output = '';

beforeAll(async () => {
  world = await startChatAddFixture();
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200 });
  rest.gatewayUrl = gateway.url;
  // tsx by absolute path: the bot runs in a folder with no node_modules, and its shards inherit the flag
  const tsx = pathToFileURL(join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
  manager = spawn(process.execPath, ['--import', tsx, join(ROOT, 'adapters', 'discord', 'sharded.ts')], {
    // a folder with no .env: only what is given here configures the bot
    cwd: world.dir,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: 'fake-bot-token',
      DISCORD_API_URL: rest.url,
      KNOWLEDGE_DIR: world.knowledgeDir,
      CACHE_DIR: join(world.dir, 'shard-cache'),
      FETCH_ALLOW_PRIVATE: 'true',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  manager.stdout?.on('data', (chunk) => (output += String(chunk)));
  manager.stderr?.on('data', (chunk) => (output += String(chunk)));
  // the shard identifies as shard 0 of the 1 the fake's /gateway/bot recommends; a manager that exits
  // first fails the test with what it printed
  const exited = once(manager, 'exit').then(([code]) => {
    throw new Error(`the sharded bot exited (${String(code)}) before identifying:\n${output}`);
  });
  await Promise.race([gateway.waitFor((p) => p.op === 2, 110_000, "a shard's IDENTIFY"), exited]).catch(
    (error: unknown) => {
      throw new Error(`${String(error)}\nthe sharded bot printed:\n${output}`);
    },
  );
  exited.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 500));
}, 150_000);

afterAll(async () => {
  if (manager && manager.exitCode === null) {
    manager.kill('SIGTERM');
    await once(manager, 'exit');
  }
  await gateway?.waitForDisconnect(10_000).catch(() => undefined);
  await gateway?.close();
  await rest?.close();
  await world?.close();
});

const replyTo = async (payload: InteractionPayload) =>
  (await replyToInteraction(gateway, rest, payload, 90_000)).content;

describe('the sharded Discord bot', () => {
  it('identifies with its shard id', () => {
    const identify = gateway.received.find((p) => p.op === 2);
    expect((identify?.d as { shard?: number[] } | undefined)?.shard).toEqual([0, 1]);
  });

  it('adds a page from /talks-add in a shard and answers /ask from it', async () => {
    const before = await replyTo(chatInput('ask', [{ name: 'question', value: QUESTION }]));
    expect(before).not.toContain(ANSWER_WORDS);
    const added = await replyTo(asModerator(chatInput('talks-add', [{ name: 'url', value: world.pageUrl }])));
    expect(added).toMatch(/^Added “Orrin water talks resume in Lastra.*I answer from it now\.$/);
    expect(await world.articleFiles()).toContain('2025-09-03-orrin-water-talks-resume-in-lastra.md');
    const after = await replyTo(chatInput('ask', [{ name: 'question', value: QUESTION }]));
    expect(after).toContain(ANSWER_WORDS);
  }, 180_000);
});
