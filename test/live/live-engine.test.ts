import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRepl } from '../../adapters/repl/main.js';
import { contentHashOf, createLiveEngine, type LiveEngine, type ReloadReport } from '../../src/index.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

const STORY = `---
id: 2025-09-03-orrin-water-talks-resume
title: Orrin water talks resume in Lastra
outlet: The Northern Ledger
author: null
published: 2025-09-03
---
Negotiators from Varnia and the Free Cities sat down again in Lastra on Tuesday, ending a pause of eleven weeks in the water talks.
The chief mediator, the retired judge Anselm Roeck, said the first session had lasted five hours.
`;

/** Resolves with the next reload report (or failure) the engine announces. */
function nextReload(reports: (ReloadReport | Error)[], count: number): Promise<ReloadReport | Error> {
  return new Promise((resolve) => {
    const check = setInterval(() => {
      if (reports.length >= count) {
        clearInterval(check);
        resolve(reports[count - 1]!);
      }
    }, 50);
  });
}

describe('a live engine follows its knowledge folder', () => {
  let dir: string;
  let engine: LiveEngine;
  const reports: (ReloadReport | Error)[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-live-'));
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    engine = await createLiveEngine({
      knowledgeDir: join(dir, 'knowledge'),
      cacheDir: join(dir, 'cache'),
      watch: true,
      debounceMs: 200,
      onReload: (report) => reports.push(report),
    });
  }, 120_000);
  afterAll(async () => {
    engine.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('answers from an article written while it runs, built in a worker thread', async () => {
    expect((await engine.ask('How long did the first session of the water talks last?')).abstained).toBe(
      true,
    );
    const before = engine.knowledge;
    await writeFile(join(dir, 'knowledge', '2025-09-03-orrin-water-talks-resume.md'), STORY);
    const report = await nextReload(reports, 1);
    expect(report).toMatchObject({
      added: ['2025-09-03-orrin-water-talks-resume'],
      removed: [],
      changed: [],
    });
    const answer = await engine.ask('How long did the first session of the water talks last?');
    expect(answer).toMatchObject({
      abstained: false,
      citations: [{ articleId: '2025-09-03-orrin-water-talks-resume' }],
    });
    // the citation carries the article's content hash, so a passage button can notice a later change
    const added = engine.knowledge.articles.find((a) => a.id === '2025-09-03-orrin-water-talks-resume')!;
    expect(answer.citations[0]!.contentHash).toBe(contentHashOf(added));
    expect(contentHashOf(added)).not.toBe(contentHashOf({ body: `${added.body} ` }));
    // the old knowledge base is untouched: a question that had started on it finishes on it
    expect(before.articles.map((a) => a.id)).not.toContain('2025-09-03-orrin-water-talks-resume');
  }, 120_000);

  it('skips and reports a bad file, keeps the rest, and drops a removed article', async () => {
    await writeFile(join(dir, 'knowledge', 'broken.md'), '---\ntitle: no id or date\n---\nSome text.\n');
    await unlink(join(dir, 'knowledge', '2025-09-03-orrin-water-talks-resume.md'));
    const report = (await nextReload(reports, 2)) as ReloadReport;
    expect(report.removed).toEqual(['2025-09-03-orrin-water-talks-resume']);
    expect(report.skipped).toEqual([{ file: 'broken.md', reason: expect.stringMatching(/id: is missing/) }]);
    expect((await engine.sources()).articles).toHaveLength(5);
    expect((await engine.ask('How long did the first session of the water talks last?')).abstained).toBe(
      true,
    );
  }, 120_000);

  it('reloads on request, and reports nothing changed when nothing did', async () => {
    const report = await engine.reload();
    expect(report).toMatchObject({ articles: 5, added: [], removed: [], changed: [] });
  }, 120_000);

  it('builds once when a file is written and a reload asked for at once (as /talks-add does)', async () => {
    const before = reports.length;
    const file = join(dir, 'knowledge', '2025-09-03-orrin-water-talks-resume.md');
    await writeFile(file, STORY);
    expect((await engine.reload()).added).toEqual(['2025-09-03-orrin-water-talks-resume']);
    // the watcher saw the same write; its debounced check finds the folder as the build read it
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(reports.length).toBe(before + 1);
    await unlink(file);
    expect((await nextReload(reports, before + 2)) as ReloadReport).toMatchObject({
      removed: ['2025-09-03-orrin-water-talks-resume'],
    });
  }, 120_000);

  it('keeps the event loop free while a changed article is rebuilt', async () => {
    engine.close(); // this reload is asked for, not watched
    const file = join(
      dir,
      'knowledge',
      '2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations.md',
    );
    await writeFile(
      file,
      `${await readFile(file, 'utf8')}\nThe envoys will meet again next month in Lastra.\n`,
    );
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 20);
    const report = await engine.reload().finally(() => clearInterval(ticker));
    expect(report.changed).toEqual(['2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations']);
    // a build on this thread would hold every tick until it ended; in a worker they keep coming
    expect(ticks).toBeGreaterThanOrEqual(5);
  }, 120_000);
});

describe('the REPL answers from an article added while it runs', () => {
  it('after /reload', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talksbot-live-repl-'));
    try {
      await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
      const engine = await createLiveEngine({
        knowledgeDir: join(dir, 'knowledge'),
        cacheDir: join(dir, 'cache'),
      });
      const input = new PassThrough();
      const output = new PassThrough();
      let text = '';
      output.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
      });
      const done = startRepl(engine, { input, output });
      input.write('How long did the first session of the water talks last?\n');
      await writeFile(join(dir, 'knowledge', '2025-09-03-orrin-water-talks-resume.md'), STORY);
      input.write('/reload\n');
      input.write('How long did the first session of the water talks last?\n');
      input.end();
      await done;
      const [before, after] = text.split(
        /knowledge reloaded in [\d.]+ s: 6 articles \(added 2025-09-03-orrin-water-talks-resume\)/,
      );
      expect(after, text).toBeDefined();
      expect(before).not.toContain('five hours');
      expect(after).toContain('the first session had lasted five hours');
      expect(after).toContain('Orrin water talks resume in Lastra');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
