import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDiscord } from '../../../adapters/discord/main.js';
import { type FakeDiscordGateway, startFakeDiscordGateway } from '../../fakes/discord-gateway.js';
import { type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { ROOT, realEngine } from '../../helpers.js';
import { memoryLogger } from './helpers.js';

/**
 * Gateway close 4004 (authentication failed) at login and while running, against a real discord.js client
 * and, for the exit code, `npm start`'s entry point run from source as a child process.
 */

let rest: FakeDiscordRest | undefined;
let gateway: FakeDiscordGateway | undefined;

afterEach(async () => {
  await gateway?.close();
  await rest?.close();
});

async function fakeDiscord(options: { closeOnIdentify?: number } = {}) {
  rest = await startFakeDiscordRest();
  gateway = await startFakeDiscordGateway({ heartbeatInterval: 200, ...options });
  rest.gatewayUrl = gateway.url;
  return { rest, gateway };
}

/** `node adapters/main.ts` with Discord pointed at the fakes and nothing else configured. */
function runBot(apiUrl: string): { exited: Promise<{ code: number | null; stderr: string }> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'adapters', 'main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      DISCORD_TOKEN: 'revoked-token',
      DISCORD_API_URL: apiUrl,
      // set but empty, so a developer's .env cannot add Slack to this run
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
      SLACK_SIGNING_SECRET: '',
      LOG_LEVEL: 'info',
      // this run is about the gateway: no feed polling, whatever knowledge/feeds.yml lists
      FEEDS_POLL_MINUTES: '0',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr += chunk;
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  return {
    exited: new Promise((resolve) =>
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stderr });
      }),
    ),
  };
}

describe('Discord authentication failure (gateway close 4004)', () => {
  it('at login: startDiscord fails with a message that says to check DISCORD_TOKEN', async () => {
    const { rest } = await fakeDiscord({ closeOnIdentify: 4004 });
    const log = memoryLogger();
    const start = startDiscord(await realEngine(), { token: 'wrong-token', apiUrl: rest.url }, log);
    await expect(start).rejects.toThrow(/4004.*check DISCORD_TOKEN/);
  });

  it('while running: npm start exits non-zero and says to check DISCORD_TOKEN', async () => {
    const { rest, gateway } = await fakeDiscord();
    const bot = runBot(rest.url);
    await gateway.waitFor((p) => p.op === 2, 60_000, 'IDENTIFY');
    // the READY is out; give the client a heartbeat to settle, then revoke the session
    await gateway.waitFor((p) => p.op === 1, 10_000, 'heartbeat');
    gateway.closeConnections(4004);
    const { code, stderr } = await bot.exited;
    expect(stderr).toContain('talksbot is running: Discord');
    expect(stderr).toMatch(/gateway close 4004.*check DISCORD_TOKEN/);
    expect(code).toBe(1);
  }, 90_000);
});
