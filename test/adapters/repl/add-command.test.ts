import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KNOWLEDGE_DIR, runTalksbot } from '../../helpers.js';
import { fixture, PAGES_DIR, type PageServer, startPageServer } from '../../ingest/page-server.js';

describe('talksbot add, list and remove', () => {
  let dir: string;
  let env: Record<string, string>;
  let story: string;
  let server: PageServer;
  const knowledge = () => readdir(join(dir, 'knowledge'));
  const talksbot = (args: string[], stdin?: string) =>
    runTalksbot(args, { env, ...(stdin === undefined ? {} : { stdin }) });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-add-'));
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    // the loopback server is ours, so this run may fetch from 127.0.0.1
    env = {
      KNOWLEDGE_DIR: join(dir, 'knowledge'),
      CACHE_DIR: join(dir, 'cache'),
      FETCH_ALLOW_PRIVATE: 'true',
    };
    story = join(dir, 'story.txt');
    await writeFile(
      story,
      'Geneva – Negotiators met in Geneva on Friday. They agreed to meet again in September.\n\nShare This Article\n',
    );
    server = await startPageServer({
      '/world/orrin-talks': fixture('news-jsonld.html'),
      '/photo': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end('\xff\xd8\xff'),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows what it found and writes nothing without --yes', async () => {
    const before = await knowledge();
    const run = await talksbot(['add', story, '--published', '2025-08-01', '--outlet', 'Example News']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/title {6}Negotiators met in Geneva on Friday {2}\(its first sentence\)/);
    expect(run.stdout).toMatch(/outlet {5}Example News {2}\(--outlet\)/);
    expect(run.stdout).toMatch(/passages {3}2\n/);
    expect(run.stdout).toMatch(/Nothing written yet: run again with --yes/);
    expect(await knowledge()).toEqual(before);
  });

  it('writes the front matter with --yes, keeps the text as captured and makes it answerable', async () => {
    const run = await talksbot([
      'add',
      story,
      '--yes',
      '--published',
      '2025-08-01',
      '--outlet',
      'Example News',
    ]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Added .*2025-08-01-negotiators-met-in-geneva-on-friday\.md/);
    const written = await readFile(
      join(dir, 'knowledge', '2025-08-01-negotiators-met-in-geneva-on-friday.md'),
      'utf8',
    );
    expect(written).toMatch(
      /^---\nid: 2025-08-01-negotiators-met-in-geneva-on-friday\ntitle: Negotiators met in Geneva on Friday\ntitleDerived: true\noutlet: Example News\n/,
    );
    expect(written.endsWith(await readFile(story, 'utf8'))).toBe(true);
    expect((await knowledge()).filter((name) => name.endsWith('.tmp') || name.startsWith('.'))).toEqual([]);

    const asked = await talksbot(['--json', '/ask Where did the negotiators meet on Friday?']);
    expect(JSON.parse(asked.stdout)).toMatchObject({
      abstained: false,
      citations: [{ outlet: 'Example News' }],
    });
  });

  it('adds a web page from a url with the metadata the page carries', async () => {
    const run = await talksbot(['add', `${server.base}/world/orrin-talks`, '--yes']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/outlet {5}The Northern Ledger {2}\(JSON-LD NewsArticle publisher\)/);
    expect(run.stdout).toMatch(/published {2}2025-09-03 {2}\(JSON-LD NewsArticle datePublished\)/);
    expect(run.stdout).toMatch(
      new RegExp(`url {8}${server.base}/world/2025/09/03/orrin-water-talks-resume {2}\\(canonical link\\)`),
    );
    expect(run.stdout).toMatch(/Added .*2025-09-03-orrin-water-talks-resume-in-lastra\.md/);

    const listed = await talksbot(['list']);
    expect(listed.stdout).toMatch(
      /2025-09-03-orrin-water-talks-resume-in-lastra\n {2}2025-09-03 · The Northern Ledger · \d+ passages · Orrin water talks resume in Lastra after a summer pause\n {2}from http:\/\/127\.0\.0\.1:\d+\/world\/2025\/09\/03\/orrin-water-talks-resume\n/,
    );
    expect(listed.stdout).toMatch(/2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations\n/);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing date', ['add', 'STORY2'], /No publication date was found: give it with --published/],
    [
      'a missing file',
      ['add', 'nope.txt', '--published', '2025-08-01'],
      /cannot read nope\.txt: check the path/,
    ],
    [
      'the same page again',
      ['add', 'PAGE', '--yes'],
      /already known as 2025-09-03-orrin-water-talks-resume-in-lastra \(same url\)/,
    ],
    [
      'an image',
      ['add', 'PHOTO', '--published', '2025-08-01', '--yes'],
      /it is image\/jpeg, not a web page or text/,
    ],
    [
      'a file over the limit',
      ['add', 'HUGE', '--published', '2025-08-01', '--yes'],
      /is 20 MB, over the 1 MB limit for one article: .*--max-size/,
    ],
    ['a bad --max-size', ['add', 'STORY', '--max-size', 'lots'], /--max-size lots is not a size/],
  ])('refuses %s, says what to do and writes nothing', async (_name, args, message) => {
    const huge = join(dir, 'huge.txt');
    await writeFile(huge, '');
    await truncate(huge, 20_000_000);
    await writeFile(join(dir, 'story2.txt'), 'Talks resumed in Lastra on Monday. Both sides spoke.\n');
    const before = await knowledge();
    const names: Record<string, string> = {
      STORY: story,
      STORY2: join(dir, 'story2.txt'),
      PAGE: `${server.base}/world/orrin-talks`,
      PHOTO: `${server.base}/photo`,
      HUGE: huge,
    };
    const run = await talksbot(args.map((a) => names[a] ?? a));
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(await knowledge()).toEqual(before);
  });

  it('reads a page from stdin', async () => {
    const html = await readFile(join(PAGES_DIR, 'blog-og.html'), 'utf8');
    const run = await talksbot(['add', '-'], html);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Found in stdin \(a web page\)/);
    expect(run.stdout).toMatch(/title {6}Why the Orrin quota matters to the southern farms {2}\(og:title\)/);
  });

  it('removes an article by id, and says so when no article has the id', async () => {
    const removed = await talksbot(['remove', '2025-08-01-negotiators-met-in-geneva-on-friday']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed 2025-08-01-negotiators-met-in-geneva-on-friday\.md/);
    expect(await knowledge()).not.toContain('2025-08-01-negotiators-met-in-geneva-on-friday.md');
    const missing = await talksbot(['remove', 'no-such-article']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No article has the id no-such-article: talksbot list shows the ids/);
  });
});
