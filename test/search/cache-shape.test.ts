import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { readCache, removeOrphanedTempFiles, writeCache } from '../../src/search/cache.js';

const ARTICLE =
  '---\nid: geneva\ntitle: Geneva talks\npublished: 2025-03-10\n---\nNegotiators met in Geneva on Monday. ' +
  'The mediator said the talks would resume in Vienna next week.\n';

/** A pid that is certainly not running: a child that has already exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('a cache file of the wrong shape', () => {
  let knowledgeDir: string;
  let cacheDir: string;
  let cacheFile: string;
  let good: string;
  beforeEach(async () => {
    knowledgeDir = await mkdtemp(join(tmpdir(), 'talksbot-k-'));
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-c-'));
    await writeFile(join(knowledgeDir, 'geneva.md'), ARTICLE);
    await createEngine({ knowledgeDir, cacheDir });
    // the knowledge base's file; each article's own work has a file of its own beside it
    const file = (await readdir(cacheDir)).find((name) => name.startsWith('knowledge-'));
    cacheFile = join(cacheDir, file!);
    good = await readFile(cacheFile, 'utf8');
  });
  afterEach(async () => {
    await rm(knowledgeDir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  });

  const withData = (edit: (data: Record<string, unknown>) => unknown) => () => {
    const envelope = JSON.parse(good) as { format: number; data: Record<string, unknown> };
    return JSON.stringify({ ...envelope, data: edit(envelope.data) });
  };
  const without = (field: string) =>
    withData((data) => Object.fromEntries(Object.entries(data).filter(([key]) => key !== field)));

  // each used to throw a TypeError at every start until someone deleted .cache
  it.each<[string, () => string, RegExp]>([
    ['{}', () => '{}', /not a talksbot index cache/],
    ['null', () => 'null', /not a talksbot index cache/],
    ['an array', () => '[1, 2]', /not a talksbot index cache/],
    [
      'another cache format',
      () => JSON.stringify({ ...JSON.parse(good), format: 2 }),
      /cache format 2, not 1/,
    ],
    [
      'the previous layout (no envelope)',
      () => JSON.stringify(JSON.parse(good).data),
      /not a talksbot index cache/,
    ],
    ['data missing `quotes`', without('quotes'), /quotes is missing/],
    ['data missing `index`', without('index'), /index is missing/],
    [
      'an article missing its sentences',
      withData((d) => ({ ...d, articles: [{ id: 'geneva' }] })),
      /articles\.0\./,
    ],
    [
      'an index of another format',
      withData((d) => ({ ...d, index: { ...(d.index as object), format: 9 } })),
      /index\.format/,
    ],
    ['truncated JSON', () => good.slice(0, good.length / 2), /not valid JSON/],
  ])('%s is rebuilt, with a log line saying why', async (_name, content, reason) => {
    await writeFile(cacheFile, content());
    const logged: string[] = [];
    const engine = await createEngine({ knowledgeDir, cacheDir, log: (m) => logged.push(m) });
    expect(engine.fromCache).toBe(false);
    expect(logged.find((m) => m.startsWith('the index cache'))).toMatch(reason);
    expect(logged.find((m) => m.startsWith('the index cache'))).toMatch(/rebuilding it$/);
    expect((await engine.ask('Where did negotiators meet?')).text).toContain('Geneva');
    // and the rebuilt file is good again
    expect((await createEngine({ knowledgeDir, cacheDir })).fromCache).toBe(true);
  });

  it('a missing cache file is a plain miss, not an error', async () => {
    await rm(cacheFile);
    expect(await readCache(cacheDir, 'nothing-here', (data) => data)).toEqual({ status: 'miss' });
  });
});

describe('a cache file this engine wrote', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-c-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });
  const read = (key: string) => readCache(cacheDir, key, (data, intact) => ({ data, intact }));

  it('is read as intact, so its reader may skip the shape check', async () => {
    await writeCache(cacheDir, 'k1', { words: ['Kyiv', 'Київ'], n: 1 });
    expect(await read('k1')).toEqual({
      status: 'hit',
      value: { data: { words: ['Kyiv', 'Київ'], n: 1 }, intact: true },
    });
  });

  // each still reads, but as data to check: the digest or the key no longer vouches for it
  it.each<[string, (text: string) => string]>([
    ['one character of its data changed', (text) => text.replace('"n":1', '"n":2')],
    ['its digest changed', (text) => text.replace(/"digest":"[0-9a-f]{64}"/, `"digest":"${'0'.repeat(64)}"`)],
    ['data re-serialised with spaces', (text) => JSON.stringify(JSON.parse(text), null, 1)],
    ['no digest (an older file)', (text) => JSON.stringify({ format: 1, data: JSON.parse(text).data })],
  ])('with %s is not intact', async (_name, edit) => {
    await writeCache(cacheDir, 'k1', { words: ['Kyiv', 'Київ'], n: 1 });
    const file = join(cacheDir, 'knowledge-k1.json');
    const edited = edit(await readFile(file, 'utf8'));
    await writeFile(file, edited);
    const result = await read('k1');
    expect(result).toMatchObject({ status: 'hit', value: { intact: false } });
  });

  it('under another key’s name is not intact', async () => {
    await writeCache(cacheDir, 'k1', { n: 1 });
    await writeFile(join(cacheDir, 'knowledge-k2.json'), await readFile(join(cacheDir, 'knowledge-k1.json')));
    expect(await read('k2')).toMatchObject({ status: 'hit', value: { intact: false } });
  });
});

describe('cache temp files', () => {
  let cacheDir: string;
  beforeEach(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-tmp-'));
  });
  afterEach(async () => {
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('are unique: two writes of one key at once both succeed', async () => {
    // with a temp name of only the pid, the second rename found no file (ENOENT)
    await Promise.all([writeCache(cacheDir, 'k', { n: 1 }), writeCache(cacheDir, 'k', { n: 2 })]);
    expect(await readdir(cacheDir)).toEqual(['knowledge-k.json']);
    expect(await readCache(cacheDir, 'k', (data) => data)).toMatchObject({ status: 'hit' });
  });

  it('left by a dead process or over an hour old are removed; a live writer’s are kept', async () => {
    const dead = deadPid();
    const names = {
      deadOldStyle: `knowledge-a.json.${dead}.tmp`,
      dead: `knowledge-a.json.${dead}.0a1b2c3d4e5f.tmp`,
      liveOld: `knowledge-b.json.${process.pid}.aaaaaaaaaaaa.tmp`,
      live: `knowledge-c.json.${process.pid}.bbbbbbbbbbbb.tmp`,
      notOurs: 'notes.tmp',
    };
    for (const name of Object.values(names)) await writeFile(join(cacheDir, name), '{');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(join(cacheDir, names.liveOld), twoHoursAgo, twoHoursAgo);
    const removed = await removeOrphanedTempFiles(cacheDir);
    expect(removed.sort()).toEqual([names.dead, names.deadOldStyle, names.liveOld].sort());
    expect((await readdir(cacheDir)).sort()).toEqual([names.live, names.notOurs].sort());
  });

  it('are cleaned when an engine starts', async () => {
    const knowledgeDir = await mkdtemp(join(tmpdir(), 'talksbot-k-'));
    await writeFile(join(knowledgeDir, 'geneva.md'), ARTICLE);
    const orphan = `knowledge-x.json.${deadPid()}.123456789abc.tmp`;
    await writeFile(join(cacheDir, orphan), '{"half": ');
    await createEngine({ knowledgeDir, cacheDir });
    expect(await readdir(cacheDir)).not.toContain(orphan);
    await rm(knowledgeDir, { recursive: true, force: true });
  });
});
