import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, runTalksbot } from '../../helpers.js';

const talksbot = (args: string[], env: Record<string, string>) => runTalksbot(args, { env });

describe('talksbot add', () => {
  let dir: string;
  let env: Record<string, string>;
  let story: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-add-'));
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    env = { KNOWLEDGE_DIR: join(dir, 'knowledge'), CACHE_DIR: join(dir, 'cache') };
    story = join(dir, 'story.txt');
    await writeFile(
      story,
      'Geneva – Negotiators met in Geneva on Friday. They agreed to meet again in September.\n\nShare This Article\n',
    );
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the front matter, keeps the text as captured and makes it answerable', async () => {
    const run = await talksbot(['add', story, '--published', '2025-08-01', '--outlet', 'Example News'], env);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Added 2025-08-01-negotiators-met-in-geneva-on-friday\.md/);
    const written = await readFile(
      join(dir, 'knowledge', '2025-08-01-negotiators-met-in-geneva-on-friday.md'),
      'utf8',
    );
    expect(written).toMatch(
      /^---\nid: 2025-08-01-negotiators-met-in-geneva-on-friday\ntitle: Negotiators met in Geneva on Friday\ntitleDerived: true\noutlet: Example News\n/,
    );
    expect(written.endsWith(await readFile(story, 'utf8'))).toBe(true);

    const asked = await talksbot(['--json', '/ask Where did the negotiators meet on Friday?'], env);
    expect(JSON.parse(asked.stdout)).toMatchObject({
      abstained: false,
      citations: [{ outlet: 'Example News' }],
    });
  });

  it.each<[string, string[], RegExp]>([
    ['a missing date', ['add', 'x.txt'], /--published is required/],
    ['a bad date', ['add', 'STORY', '--published', 'last week'], /published: must be a date/],
    ['a missing file', ['add', 'nope.txt', '--published', '2025-08-01'], /Cannot read nope\.txt/],
    ['a duplicate', ['add', 'STORY', '--published', '2025-08-01'], /already exists/],
  ])('refuses %s with a clear message', async (_name, args, message) => {
    const before = await readdir(join(dir, 'knowledge'));
    const run = await talksbot(
      args.map((a) => (a === 'STORY' ? story : a)),
      env,
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await readdir(join(dir, 'knowledge'))).toEqual(before);
  });
});
