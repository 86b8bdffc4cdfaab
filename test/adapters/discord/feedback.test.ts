import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDiscordClient } from '../../../adapters/discord/client.js';
import { listen } from '../../../adapters/discord/handle-interaction.js';
import { defaultServices } from '../../../adapters/discord/services.js';
import { readQaSet } from '../../../scripts/eval/gold.js';
import {
  type AnswerLog,
  type FeedbackStore,
  hashUserId,
  openSqliteFeedbackStore,
} from '../../../src/index.js';
import {
  buttonClick,
  chatInput,
  feed,
  type InteractionPayload,
  USER_ID,
} from '../../fakes/discord-payloads.js';
import { FAKE_APPLICATION_ID, type FakeDiscordRest, startFakeDiscordRest } from '../../fakes/discord-rest.js';
import { CLI_COMMAND, outputOf, ROOT, realEngine, runTalksbot } from '../../helpers.js';
import { limitProblems, memoryLogger, unlimited } from './helpers.js';

/**
 * 👍/👎 end to end: a real discord.js client answers /ask with vote buttons, clicks on them are stored in a
 * real SQLite file, and `talksbot feedback` (a separate process) reads the disliked answer back.
 */
const EPHEMERAL = 64;
const QUESTION = 'Who is Russia’s foreign minister?';
const OTHER_USER = '1400000000000000002';

let rest: FakeDiscordRest;
let client: Client;
let dir: string;
let store: FeedbackStore & AnswerLog;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'talksbot-discord-feedback-'));
  store = await openSqliteFeedbackStore(join(dir, 'feedback.sqlite'));
  rest = await startFakeDiscordRest();
  client = createDiscordClient({ apiUrl: rest.url });
  listen(
    client,
    await realEngine(),
    memoryLogger(),
    defaultServices({ limits: unlimited(), feedback: store, answers: store }),
  );
});

afterAll(async () => {
  await client?.destroy();
  await rest?.close();
  await store?.close();
  await rm(dir, { recursive: true, force: true });
});

const callbackOf = (payload: InteractionPayload) =>
  rest.waitFor(
    (r) => r.method === 'POST' && r.path === `/interactions/${payload.id}/${payload.token}/callback`,
    10_000,
    'the interaction callback',
  );

/** a click on a button of `message`, by `userId` */
function click(customId: string, message: { embeds?: object[]; components?: object[] }, userId = USER_ID) {
  const payload = buttonClick(customId, message);
  payload.member = { ...payload.member, user: { ...payload.member.user, id: userId } };
  return payload;
}

describe('Discord 👍/👎', () => {
  let answer: { embeds: object[]; components: { components: { custom_id: string; label: string }[] }[] };
  let up: string;
  let down: string;

  it('puts 👍 and 👎 under an /ask answer, on a row of their own', async () => {
    const ask = chatInput('ask', [{ name: 'question', value: QUESTION }]);
    feed(client, ask);
    const edit = await rest.waitFor(
      (r) =>
        r.method === 'PATCH' && r.path === `/webhooks/${FAKE_APPLICATION_ID}/${ask.token}/messages/@original`,
      10_000,
      'the answer',
    );
    answer = edit.body;
    expect(limitProblems(edit.body)).toEqual([]);
    const last = answer.components.at(-1)!.components;
    expect(last.map((b) => b.label)).toEqual(['👍', '👎']);
    [up, down] = last.map((b) => b.custom_id) as [string, string];
    expect(up).toMatch(/^fb:up:[\w-]+$/);
    expect(down).toBe(up.replace('fb:up:', 'fb:down:'));
    // the passage buttons are still there, above the votes
    expect(answer.components[0]!.components[0]!.custom_id).toMatch(/^p:/);
  });

  it('a click is acknowledged quietly (ephemeral), and a second vote by the same person replaces the first', async () => {
    const first = click(up, answer);
    feed(client, first);
    const thanks = await callbackOf(first);
    expect(thanks.body.type).toBe(4);
    expect(thanks.body.data.flags).toBe(EPHEMERAL);
    expect(thanks.body.data.content).toMatch(/👍.*noted/);

    const changed = click(down, answer);
    feed(client, changed);
    expect((await callbackOf(changed)).body.data.content).toMatch(/👎.*noted/);
    const other = click(down, answer, OTHER_USER);
    feed(client, other);
    await callbackOf(other);

    const [worst] = await store.mostDisliked();
    expect(worst).toMatchObject({ question: QUESTION, up: 0, down: 2 });
    expect(worst!.answer).toMatch(/Lavrov/);
    expect(worst!.passages[0]).toMatchObject({
      articleId: expect.stringMatching(/^\d{4}-\d{2}-\d{2}-/),
      contentHash: expect.stringMatching(/\S/),
    });
    expect(worst!.passages[0]!.end).toBeGreaterThan(worst!.passages[0]!.start);
  });

  it('stores a hashed user id, never the Discord id itself', async () => {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(join(dir, 'feedback.sqlite'), { readonly: true });
    const rows = db.prepare('SELECT * FROM feedback').all() as Record<string, string>[];
    db.close();
    expect(rows.map((r) => r.user_hash).sort()).toEqual(
      [hashUserId('discord', USER_ID), hashUserId('discord', OTHER_USER)].sort(),
    );
    expect(JSON.stringify(rows)).not.toContain(USER_ID);
    expect(rows.every((r) => r.platform === 'discord' && /^\d+$/.test(r.channel ?? ''))).toBe(true);
  });

  it('a vote on an answer it no longer knows is thanked, and nothing is stored', async () => {
    const stale = click('fb:down:unknownAnswer1', answer);
    feed(client, stale);
    const reply = await callbackOf(stale);
    expect(reply.body.data.flags).toBe(EPHEMERAL);
    expect(reply.body.data.content).toMatch(/too old to rate/);
  });

  it('`talksbot feedback` reads the disliked answer back from the cache folder', async () => {
    const run = await runTalksbot(['feedback'], { env: { CACHE_DIR: dir } });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`“${QUESTION}”`);
    expect(run.stdout).toMatch(/👎 2 {2}👍 0/);
    expect(run.stdout).toMatch(/answer: {2}.*Lavrov/);
    expect(run.stdout).toMatch(/passage: \d{4}-\d{2}-\d{2}-[\w-]+ \[\d+–\d+\]/);

    const json = await runTalksbot(['feedback', '--json'], { env: { CACHE_DIR: dir } });
    const parsed = JSON.parse(json.stdout) as { answers: { question: string; down: number }[] };
    expect(parsed.answers).toEqual([expect.objectContaining({ question: QUESTION, down: 2 })]);
  });

  it('`npm run eval -- --from-feedback` writes the disliked answer as a question to label, in the eval format', async () => {
    const out = join(dir, 'review', 'questions.jsonl');
    const [node, ...base] = CLI_COMMAND;
    const child = spawn(
      node!,
      [base[0]!, base[1]!, join(ROOT, 'scripts', 'eval.ts'), '--from-feedback', '--out', out],
      {
        cwd: ROOT,
        env: { ...process.env, CACHE_DIR: dir },
        stdio: 'pipe',
      },
    );
    child.stdin.end();
    const run = await outputOf(child);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/Wrote 1 disliked answer as questions to label/);
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({
        id: expect.stringMatching(/^fb-[0-9a-f]{10}$/),
        q: QUESTION,
        any: [],
        src: '*',
        disliked: expect.objectContaining({ down: 2, up: 0, answer: expect.stringContaining('Lavrov') }),
      }),
    ]);
    expect(lines[0].disliked.citation).toMatchObject({
      articleId: expect.any(String),
      contentHash: expect.any(String),
    });
    // the eval's own reader accepts the file as a question set
    expect(await readQaSet(out)).toHaveLength(1);
  });

  it('`talksbot feedback` with no votes yet says so, and creates no database', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'talksbot-no-feedback-'));
    try {
      const run = await runTalksbot(['feedback'], { env: { CACHE_DIR: empty } });
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/No disliked answers yet/);
      const { existsSync } = await import('node:fs');
      expect(existsSync(join(empty, 'feedback.sqlite'))).toBe(false);
      expect((await runTalksbot(['feedback', '--limit', 'lots'], { env: { CACHE_DIR: empty } })).code).toBe(
        2,
      );
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
