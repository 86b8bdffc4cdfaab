import { readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { getPriority } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEngineThread, type ThreadEngine } from '../../adapters/engine-thread.js';
import { createLogger } from '../../adapters/logger.js';
import { copyKnowledge, realEngine, removeFolders } from '../helpers.js';

const STORY = `---
id: 2025-10-14-keldar-ferry-strike-ends
title: Keldar ferry strike ends after nine days
outlet: The Harbour Courier
author: null
published: 2025-10-14
---
Ferry crews in Keldar returned to work on Tuesday after a strike of nine days over night-shift pay.
The crews' spokeswoman, Ilse Marrow, said the new agreement raised night pay by a fifth.
`;

/** the nice value of each of this process's threads (Linux /proc), by thread id */
function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const task of readdirSync('/proc/self/task')) {
    const stat = readFileSync(`/proc/self/task/${task}/stat`, 'utf8');
    // after "pid (comm) ": state is field 3, nice field 19
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    values.set(Number(task), Number(fields[16]));
  }
  return values;
}

describe('the engine in a thread of its own (a chat process)', () => {
  let folders: { knowledgeDir: string; cacheDir: string };
  let engine: ThreadEngine;
  // the test process may itself run niced: the thread goes three below wherever the process is
  const mainNice = getPriority();
  const threadNice = Math.min(19, mainNice + 3);
  beforeAll(async () => {
    folders = await copyKnowledge();
    engine = await startEngineThread(folders, createLogger('silent'), {
      logLevel: 'silent',
      nice: 3,
    });
  }, 120_000);
  afterAll(async () => {
    await engine?.shutdown();
    await removeFolders(folders.knowledgeDir, folders.cacheDir);
  });

  it('answers every engine call as the same engine in this thread does', async () => {
    const local = await realEngine();
    const question = "Who is Russia's foreign minister?";
    const first = await engine.ask(question);
    expect(first).toEqual(await local.ask(question));
    const context = { turns: [{ question, answer: first }] };
    expect(await engine.ask('and what did he say?', context)).toEqual(
      await local.ask('and what did he say?', context),
    );
    expect(await engine.whoSaid('Zelensky')).toEqual(await local.whoSaid('Zelensky'));
    expect(await engine.timeline({ topic: 'ceasefire' })).toEqual(
      await local.timeline({ topic: 'ceasefire' }),
    );
    expect(await engine.timeline()).toEqual(await local.timeline());
    expect(await engine.speakers()).toEqual(await local.speakers());
    expect(await engine.timelineTopics()).toEqual(await local.timelineTopics());
    expect(await engine.entityType('Lavrov')).toBe(await local.entityType('Lavrov'));
    expect(await engine.passage('no-such-article', 0, 10)).toBeUndefined();
    const sources = await engine.sources();
    expect(sources.articles.length).toBe((await local.sources()).articles.length);
  });

  it.runIf(process.platform === 'linux')('runs at a lower OS priority than the thread that acks', () => {
    const values = threadNiceValues();
    // the process's main thread (its thread id is the pid) keeps its priority; one thread has the lower one
    expect(values.get(process.pid)).toBe(mainNice);
    expect([...values.values()]).toContain(threadNice);
  });

  it('reloads in the thread: an article written to the folder is in the knowledge after reload()', async () => {
    const id = '2025-10-14-keldar-ferry-strike-ends';
    const ids = async () => (await engine.sources()).articles.map((article) => article.id);
    expect(await ids()).not.toContain(id);
    await writeFile(join(folders.knowledgeDir, `${id}.md`), STORY);
    const report = await engine.reload();
    expect(report.added).toEqual([id]);
    expect(await ids()).toContain(id);
    // and its passages are searched: a question in the article's own words finds it
    const answer = await engine.ask('Why did the ferry crews in Keldar strike for nine days?');
    expect(answer.citations.map((citation) => citation.articleId)).toContain(id);
  }, 120_000);

  it('rejects at start when its engine cannot start, with the reason', async () => {
    const unreachable = { ...folders, databaseUrl: 'postgres://talksbot:x@127.0.0.1:1/talksbot' };
    await expect(
      startEngineThread(unreachable, createLogger('silent'), { logLevel: 'silent', nice: 0 }),
    ).rejects.toThrow(/ECONNREFUSED|connect/);
  }, 60_000);
});
