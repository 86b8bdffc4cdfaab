import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adapters/config.js';
import { addArticle } from '../../../adapters/repl/add-command.js';
import { startRepl } from '../../../adapters/repl/main.js';
import type { ReloadReport } from '../../../src/index.js';
import { ANSWER_WORDS, type ChatAddFixture, QUESTION, startChatAddFixture } from '../chat-add-fixture.js';

/**
 * A running REPL over a watching live engine (what `npm start` gives when no chat is configured) answers
 * from a page that `talksbot add <url> --yes` adds from another "shell" while it runs: no /reload, no restart.
 */
let world: ChatAddFixture;
const reports: (ReloadReport | Error)[] = [];

beforeAll(async () => {
  world = await startChatAddFixture({ watch: true, onReload: (report) => reports.push(report) });
}, 120_000);
afterAll(async () => world?.close());

/** resolves once `text()` satisfies `ok`, checking every 50 ms */
async function until(ok: () => boolean, what: string, timeoutMs = 60_000): Promise<void> {
  const started = Date.now();
  while (!ok()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a running REPL', () => {
  it('answers from an article `talksbot add` wrote while it ran, picked up by the folder watcher', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.setEncoding('utf8').on('data', (chunk: string) => {
      text += chunk;
    });
    const done = startRepl(world.engine, { input, output });
    input.write(`${QUESTION}\n`);
    await until(() => text.split('talksbot> ').length > 2, 'the first answer');
    const before = text;

    const written: string[] = [];
    const io = {
      config: loadConfig(
        { KNOWLEDGE_DIR: world.knowledgeDir, CACHE_DIR: `${world.dir}/cache`, FETCH_ALLOW_PRIVATE: 'true' },
        { dotenv: false },
      ),
      stdout: (out: string) => written.push(out),
      stderr: (out: string) => written.push(out),
      stdin: (async function* () {})(),
    };
    expect(await addArticle([world.pageUrl, '--yes'], io), written.join('')).toBe(0);
    await until(
      () => reports.some((r) => !(r instanceof Error) && r.added.length > 0),
      'the watcher’s reload',
    );

    input.write(`${QUESTION}\n`);
    input.end();
    await done;
    const after = text.slice(before.length);
    expect(before).not.toContain(ANSWER_WORDS);
    expect(after).toContain(ANSWER_WORDS);
    expect(after).toContain('Orrin water talks resume in Lastra');
  }, 120_000);
});
