import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openDatabase } from '../../adapters/knowledge-backend.js';
import { createLogger } from '../../adapters/logger.js';
import { announceArticles, followSharedArticles } from '../../adapters/shared-state.js';
import { createLiveEngine, type LiveEngine, type ReloadReport } from '../../src/index.js';
import { describePostgres, useTestDatabase } from '../helpers/postgres.js';

// invented articles: two replicas start with the first, the second is added "through" one of them
const FIRST = `---
id: 2025-10-01-harbour-bridge-opens
title: Harbour bridge opens in Merrow
outlet: The Coast Courier
author: null
published: 2025-10-01
---
The new harbour bridge in Merrow opened to traffic on Wednesday after four years of building.
The mayor, Ilse Varga, said the bridge would carry twelve thousand cars a day.
`;
const SECOND = `---
id: 2025-10-02-merrow-ferry-ends
title: Merrow ferry makes its last crossing
outlet: The Coast Courier
author: null
published: 2025-10-02
---
The Merrow ferry made its last crossing on Thursday, a day after the harbour bridge opened.
The ferry captain, Tomas Reyl, said the crossing had been made for ninety-one years.
`;

const QUESTION = 'How long had the Merrow ferry crossing been made?';

async function until(check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting for the replicas');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describePostgres('replicas follow articles added elsewhere (LISTEN/NOTIFY)', () => {
  const database = useTestDatabase();
  const log = createLogger('silent');
  let dir: string;
  const replicas: { engine: LiveEngine; reloads: (ReloadReport | Error)[]; stop(): Promise<void> }[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-replicas-'));
    await writeFile(join(dir, '2025-10-01-harbour-bridge-opens.md'), FIRST);
    for (const name of ['a', 'b']) {
      const reloads: (ReloadReport | Error)[] = [];
      // no folder watch: only the notification can tell these replicas (as on machines of their own)
      const engine = await createLiveEngine({
        knowledgeDir: dir,
        cacheDir: join(dir, `.cache-${name}`),
        inline: true,
        watch: false,
        onReload: (report) => reloads.push(report),
      });
      const follower = await followSharedArticles(database.url, engine, log, { debounceMs: 50 });
      replicas.push({ engine, reloads, stop: follower.stop });
    }
  }, 120_000);
  afterAll(async () => {
    for (const replica of replicas) {
      await replica.stop();
      replica.engine.close();
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('answers from an article added through another replica within seconds', async () => {
    for (const { engine } of replicas) expect((await engine.ask(QUESTION)).abstained).toBe(true);
    await writeFile(join(dir, '2025-10-02-merrow-ferry-ends.md'), SECOND);
    const sent = Date.now();
    await announceArticles({ databaseUrl: database.url }, ['2025-10-02-merrow-ferry-ends'], 'replica a');
    await until(async () => replicas.every((r) => r.reloads.length >= 1));
    const seconds = (Date.now() - sent) / 1000;
    expect(seconds).toBeLessThan(20);
    for (const { engine, reloads } of replicas) {
      expect(reloads[0]).toMatchObject({ added: ['2025-10-02-merrow-ferry-ends'] });
      const answer = await engine.ask(QUESTION);
      expect(answer.abstained).toBe(false);
      expect(answer.citations[0]?.articleId).toBe('2025-10-02-merrow-ferry-ends');
    }
  });

  it('reloads after its listening connection is cut, since changes meanwhile were not heard', async () => {
    const before = replicas.map((r) => r.reloads.length);
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    try {
      const cut = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'talksbot listener' AND datname = current_database()",
      );
      expect(cut.rowCount).toBe(2);
    } finally {
      await admin.end();
    }
    await until(async () => replicas.every((r, i) => r.reloads.length > before[i]!));
    // and it listens again: a later notification still arrives
    const after = replicas.map((r) => r.reloads.length);
    await announceArticles({ databaseUrl: database.url }, [], 'replica b');
    await until(async () => replicas.every((r, i) => r.reloads.length > after[i]!));
  });

  it('with the knowledge in PostgreSQL, a build one replica publishes is heard by the others on the same channel', async () => {
    // two replicas on machines of their own: a has the new article in its folder, b's folder is empty
    const folders = { a: join(dir, 'pg-a'), b: join(dir, 'pg-b') };
    await mkdir(folders.a);
    await mkdir(folders.b);
    await writeFile(join(folders.a, '2025-10-01-harbour-bridge-opens.md'), FIRST);
    const opened: { engine: LiveEngine; close(): Promise<void> }[] = [];
    try {
      for (const [name, folder] of Object.entries(folders)) {
        const db = await openDatabase(database.url, () => undefined);
        const engine = await createLiveEngine({
          knowledgeDir: folder,
          cacheDir: join(dir, `.cache-pg-${name}`),
          inline: true,
          watch: false,
          build: () => db.build(folder),
        });
        const follower = await followSharedArticles(database.url, engine, log, { debounceMs: 50 });
        opened.push({
          engine,
          close: async () => {
            await follower.stop();
            engine.close();
            await db.close();
          },
        });
      }
      const [a, b] = opened as [(typeof opened)[0], (typeof opened)[0]];
      expect((await b.engine.ask(QUESTION)).abstained).toBe(true);
      await writeFile(join(folders.a, '2025-10-02-merrow-ferry-ends.md'), SECOND);
      // a stores the file, rebuilds and publishes; nobody announces anything else
      await a.engine.reload();
      await until(async () => !(await b.engine.ask(QUESTION)).abstained);
      expect((await b.engine.ask(QUESTION)).citations[0]?.articleId).toBe('2025-10-02-merrow-ferry-ends');
    } finally {
      for (const replica of opened) await replica.close();
    }
  }, 120_000);
});
