import { spawn, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/index.js';
import { describeReadError } from '../../src/knowledge/read-files.js';
import { outputOf, ROOT } from '../helpers.js';

const article = (id: string, text: string) =>
  `---\nid: ${id}\ntitle: ${id} talks\npublished: 2025-03-10\n---\n${text}\n`;
const GOOD = article(
  'good',
  'Negotiators met in Geneva on Monday. The mediator said the talks would resume in Vienna next week.',
);

const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

/** Real fs errors, as the loader meets them. */
async function errorOf(action: () => Promise<unknown>): Promise<unknown> {
  try {
    await action();
  } catch (error) {
    return error;
  }
  throw new Error('expected the action to fail');
}

/** createEngine over a folder as an unprivileged user (root would read a chmod 000 file). */
function sourcesAsNobody(dir: string): Promise<{ articles: string[]; skipped: unknown[] }> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'test/knowledge/load-as-user.ts'), dir],
    { cwd: ROOT, uid: NOBODY, gid: NOBODY, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  return outputOf(child).then(({ code, stdout, stderr }) => {
    if (code !== 0) throw new Error(`exit ${code}: ${stderr}`);
    return JSON.parse(stdout);
  });
}

describe('a knowledge folder with entries that cannot be read', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-entries-'));
    // readable by the unprivileged child too
    await chmod(dir, 0o755);
    await writeFile(join(dir, 'good.md'), GOOD);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const ENTRIES: [string, (dir: string) => Promise<void>, RegExp][] = [
    ['a symbolic link loop', (d) => symlink('loop.md', join(d, 'loop.md')), /loops back on itself \(ELOOP\)/],
    ['a dangling symbolic link', (d) => symlink('gone.md', join(d, 'dangling.md')), /does not exist.*ENOENT/],
    ['a folder named x.md', (d) => mkdir(join(d, 'x.md')), /is a folder, not a file \(EISDIR\)/],
    [
      'a named pipe (a read would block forever)',
      async (d) => {
        if (spawnSync('mkfifo', [join(d, 'pipe.md')]).status !== 0) throw new Error('mkfifo failed');
      },
      /not a regular file/,
    ],
  ];

  it.each(ENTRIES)('%s is skipped with a reason, the other articles load', async (_name, make, reason) => {
    await make(dir);
    const logged: string[] = [];
    const engine = await createEngine({ knowledgeDir: dir, log: (m) => logged.push(m) });
    const { articles, skipped } = await engine.sources();
    expect(articles.map((a) => a.id)).toEqual(['good']);
    expect(skipped).toEqual([
      { file: expect.stringMatching(/\.md$/), reason: expect.stringMatching(reason) },
    ]);
    expect(logged.join('\n')).toMatch(reason);
    expect((await engine.ask('Where did negotiators meet?')).text).toContain('Geneva');
  });

  it('all of them at once, with a cache folder, still start the engine', async () => {
    for (const [, make] of ENTRIES) await make(dir);
    const cacheDir = join(dir, '.cache');
    const built = await createEngine({ knowledgeDir: dir, cacheDir });
    const again = await createEngine({ knowledgeDir: dir, cacheDir });
    expect(again.fromCache).toBe(true);
    expect(await again.sources()).toEqual(await built.sources());
    expect((await built.sources()).skipped.map((s) => s.file)).toEqual([
      'dangling.md',
      'loop.md',
      'pipe.md',
      'x.md',
    ]);
  });

  it(`a file without read permission is skipped as EACCES${isRoot ? ' (run as uid 65534: root may read anything)' : ''}`, async () => {
    await writeFile(join(dir, 'secret.md'), article('secret', 'Nobody may read this.'));
    await chmod(join(dir, 'secret.md'), 0o000);
    const sources = isRoot
      ? await sourcesAsNobody(dir)
      : await createEngine({ knowledgeDir: dir }).then(async (engine) => ({
          articles: (await engine.sources()).articles.map((a) => a.id),
          skipped: (await engine.sources()).skipped,
        }));
    expect(sources).toEqual({
      articles: ['good'],
      skipped: [{ file: 'secret.md', reason: expect.stringMatching(/permission denied \(EACCES\)/) }],
    });
  });
});

describe('describeReadError, on the errors fs really raises', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-errors-'));
    await symlink('loop.md', join(dir, 'loop.md'));
    await symlink('gone.md', join(dir, 'dangling.md'));
    await mkdir(join(dir, 'x.md'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each<[string, string, RegExp]>([
    ['loop.md', 'ELOOP', /loops back/],
    ['dangling.md', 'ENOENT', /does not exist/],
    ['x.md', 'EISDIR', /is a folder/],
  ])('reading %s (%s)', async (file, code, reason) => {
    const error = await errorOf(() => readFile(join(dir, file)));
    expect(error).toMatchObject({ code });
    expect(describeReadError(error)).toMatch(reason);
  });

  it('names an unknown code rather than failing', () => {
    expect(describeReadError(Object.assign(new Error('odd'), { code: 'EIO' }))).toBe('cannot be read (EIO)');
  });
});

describe('the article size limit', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-size-'));
    await writeFile(join(dir, 'good.md'), GOOD);
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('skips a 20 MB file without reading it, with its size and the limit', async () => {
    // sparse: 20 MB on paper, nothing on disk, and never read
    await writeFile(join(dir, 'huge.md'), '');
    await truncate(join(dir, 'huge.md'), 20_000_000);
    const logged: string[] = [];
    const engine = await createEngine({ knowledgeDir: dir, log: (m) => logged.push(m) });
    expect((await engine.sources()).skipped).toEqual([
      { file: 'huge.md', reason: expect.stringMatching(/^20\.0 MB is over the 1 MB article limit/) },
    ]);
    expect(logged).toContain(`skipped huge.md: ${(await engine.sources()).skipped[0]!.reason}`);
    expect((await engine.sources()).articles.map((a) => a.id)).toEqual(['good']);
  });

  it.each<[number, string[], string[]]>([
    [10_000, ['good', 'small'], []],
    [GOOD.length, ['good'], ['small.md']],
  ])('honours maxArticleBytes %i', async (maxArticleBytes, loaded, skipped) => {
    await writeFile(join(dir, 'small.md'), article('small', `${'The envoys talked again. '.repeat(10)}`));
    const engine = await createEngine({ knowledgeDir: dir, maxArticleBytes });
    expect((await engine.sources()).articles.map((a) => a.id).sort()).toEqual(loaded);
    expect((await engine.sources()).skipped.map((s) => s.file)).toEqual(skipped);
  });
});

describe('build progress', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-progress-'));
    await writeFile(join(dir, 'a.md'), GOOD);
    await writeFile(join(dir, 'b.md'), article('other', 'The envoy flew to Oslo on Tuesday.'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('logs the start and the end of a build at info level', async () => {
    const logged: [string, string][] = [];
    await createEngine({ knowledgeDir: dir, log: (m, level) => logged.push([level, m]) });
    expect(logged[0]).toEqual(['info', 'Indexing 2 articles…']);
    expect(logged.at(-1)).toEqual([
      'info',
      expect.stringMatching(/^Indexed 2 articles \(\d+ sentences\) in \d+\.\d s$/),
    ]);
  });

  it('names each step once the build has run longer than progressEveryMs', async () => {
    const logged: string[] = [];
    await createEngine({ knowledgeDir: dir, progressEveryMs: 0, log: (m) => logged.push(m) });
    const steps = logged
      .filter((m) => m.startsWith('Indexing:'))
      .map((m) => m.replace(/ \(\d+\.\d s so far\)$/, ''));
    expect(steps).toEqual([
      'Indexing: reading a.md (article 1 of 2)',
      'Indexing: reading b.md (article 2 of 2)',
      'Indexing: people, places and organisations',
      'Indexing: sentences of a.md (article 1 of 2)',
      'Indexing: sentences of b.md (article 2 of 2)',
      // each article's quotes are found with its sentences' mentions (build/link-article.ts)
      'Indexing: the search index',
      'Indexing: timeline events',
    ]);
  });
});
