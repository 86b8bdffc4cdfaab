import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createLogger } from '../../adapters/logger.js';
import { openFeedback } from '../../adapters/shared-state.js';
import { type RunningSlack, startSlack } from '../../adapters/slack/main.js';
import { openSharedState, type SharedState } from '../../src/store/postgres/index.js';
import { unlimited } from '../adapters/discord/helpers.js';
import { buttonPayload, slashCommandBody } from '../adapters/slack/slack-events.js';
import { type FakeResponseUrl, startFakeResponseUrl } from '../fakes/slack-response-url.js';
import { signedPost } from '../fakes/slack-signing.js';
import { type FakeSlackWebApi, startFakeSlackWebApi } from '../fakes/slack-web-api.js';
import { describePostgres, useTestDatabase } from '../helpers/postgres.js';
import { CLI_COMMAND, outputOf, ROOT, realEngine, runTalksbot } from '../helpers.js';

/**
 * 👍/👎 across replicas: two real Slack HTTP apps, each with its own PostgreSQL pool on one database (as two
 * `npm start` processes with the same DATABASE_URL would have). An answer posted by one is voted on through
 * the other — the click finds the answer it rates in the shared answer log — and `talksbot feedback` with
 * DATABASE_URL reads the votes back, whichever replica took them.
 */
const SECRET = 'replica-feedback-secret';
const QUESTION = 'Who is Russia’s foreign minister?';

const urlOf = (replica: RunningSlack) => `http://127.0.0.1:${replica.port}/slack/events`;

interface Button {
  action_id: string;
  value: string;
}

describePostgres('feedback shared by replicas', () => {
  const database = useTestDatabase();
  let api: FakeSlackWebApi;
  let responses: FakeResponseUrl;
  const states: SharedState[] = [];
  const replicas: RunningSlack[] = [];
  let cacheDir: string;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-replica-feedback-'));
    api = await startFakeSlackWebApi();
    responses = await startFakeResponseUrl();
    const engine = await realEngine();
    for (const name of ['a', 'b']) {
      const state = await openSharedState(database.url, { applicationName: `replica ${name}` });
      states.push(state);
      // the same choice npm start makes: PostgreSQL when the chat state has it (never the SQLite file)
      const { feedback, answers } = await openFeedback({ cacheDir }, { kind: 'postgres', ...state });
      replicas.push(
        await startSlack(
          engine,
          { botToken: 'xoxb-test-token', signingSecret: SECRET, apiUrl: api.apiUrl, port: 0 },
          createLogger('silent'),
          { host: '127.0.0.1', apiRetries: 0, limits: unlimited(), feedback, answers },
        ),
      );
    }
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.stop();
    for (const state of states) await state.close();
    await api?.close();
    await responses?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('a vote reaching another replica than the one that answered is stored, and talksbot feedback reads it', async () => {
    const [a, b] = replicas as [RunningSlack, RunningSlack];
    const answered = responses.next();
    await signedPost(
      urlOf(a),
      { form: slashCommandBody('/talks-ask', QUESTION, answered) },
      { secret: SECRET },
    );
    const [reply] = await responses.waitForPost(answered, 1, 15_000);
    const blocks = (reply!.body.blocks ?? []) as { block_id?: string; elements?: Button[] }[];
    const down = blocks
      .find((block) => block.block_id === 'talks_feedback')
      ?.elements?.find((button) => button.action_id === 'talks_vote_down');
    expect(down).toBeDefined();

    const thanked = responses.next();
    const click = buttonPayload(down!.action_id, down!.value, thanked);
    const ack = await signedPost(
      urlOf(b),
      {
        form: {
          payload: JSON.stringify({
            ...click,
            actions: [{ ...click.actions[0], block_id: 'talks_feedback' }],
          }),
        },
      },
      { secret: SECRET },
    );
    expect(ack.status).toBe(200);
    const [thanks] = await responses.waitForPost(thanked, 1, 15_000);
    // not "that answer is too old to rate": replica b found what replica a answered
    expect(String(thanks!.body.text)).toMatch(/👎.*noted/);

    const worst = await states[0]!.feedback.mostDisliked();
    expect(worst).toMatchObject([{ question: QUESTION, up: 0, down: 1 }]);

    const run = await runTalksbot(['feedback'], { env: { DATABASE_URL: database.url, CACHE_DIR: cacheDir } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`“${QUESTION}”`);
    expect(run.stdout).toMatch(/👎 1 {2}👍 0/);
    expect(run.stdout).toContain('PostgreSQL');

    // the eval's export of disliked answers reads the same store (not the SQLite file, which is empty)
    const out = join(cacheDir, 'review', 'questions.jsonl');
    const [node, importFlag, tsx] = CLI_COMMAND;
    const exported = await outputOf(
      spawn(node!, [importFlag!, tsx!, join(ROOT, 'scripts', 'eval.ts'), '--from-feedback', '--out', out], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, CACHE_DIR: cacheDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    expect(exported.stderr).toBe('');
    expect(exported.stdout).toMatch(
      /Wrote 1 disliked answer as questions to label: .* \(votes from PostgreSQL/,
    );
    const lines = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toEqual([
      expect.objectContaining({ q: QUESTION, disliked: expect.objectContaining({ down: 1, up: 0 }) }),
    ]);
  }, 60_000);
});
