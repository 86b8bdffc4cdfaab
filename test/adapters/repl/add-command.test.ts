import { cp, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../adapters/config.js';
import { addArticle } from '../../../adapters/repl/add-command.js';
import type { CommandIo } from '../../../adapters/repl/command-io.js';
import { feedsCommand } from '../../../adapters/repl/feeds-command.js';
import { listArticles, removeCommand } from '../../../adapters/repl/knowledge-commands.js';
import { KNOWLEDGE_DIR, runTalksbot } from '../../helpers.js';
import { fixture, PAGES_DIR, type PageServer, startPageServer } from '../../ingest/page-server.js';

describe('talksbot add, list, remove and feeds', () => {
  let dir: string;
  let env: Record<string, string>;
  let story: string;
  let server: PageServer;
  const knowledge = () => readdir(join(dir, 'knowledge'));
  /** Runs a subcommand in this process, as the binary would, with its output collected. */
  async function run(
    command: (argv: string[], io: CommandIo) => Promise<number>,
    argv: string[],
    stdin = '',
  ) {
    let stdout = '';
    let stderr = '';
    const io: CommandIo = {
      config: loadConfig(env, { dotenv: false }),
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
      stdin: Readable.from([Buffer.from(stdin)]),
    };
    const code = await command(argv, io);
    return { code, stdout, stderr };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-add-'));
    await cp(KNOWLEDGE_DIR, join(dir, 'knowledge'), { recursive: true });
    // the loopback server is ours, so these runs may fetch from 127.0.0.1
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
      '/atom.xml': fixture('atom.xml', 'application/atom+xml'),
      '/orrin/maps': fixture('cookie-related.html'),
      '/council/survey': fixture('plain-page.html'),
    });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('shows what it found and writes nothing without --yes', async () => {
    const before = await knowledge();
    const result = await run(addArticle, [story, '--published', '2025-08-01', '--outlet', 'Example News']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/title {6}Negotiators met in Geneva on Friday {2}\(its first sentence\)/);
    expect(result.stdout).toMatch(/outlet {5}Example News {2}\(--outlet\)/);
    expect(result.stdout).toMatch(/passages {3}2\n/);
    expect(result.stdout).toMatch(/Nothing written yet: run again with --yes/);
    expect(await knowledge()).toEqual(before);
  });

  it('writes the front matter with --yes and keeps the text as captured; the binary then answers from it', async () => {
    const result = await run(addArticle, [
      story,
      '--yes',
      '--published',
      '2025-08-01',
      '--outlet',
      'Example News',
    ]);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/Added .*2025-08-01-negotiators-met-in-geneva-on-friday\.md/);
    const written = await readFile(
      join(dir, 'knowledge', '2025-08-01-negotiators-met-in-geneva-on-friday.md'),
      'utf8',
    );
    expect(written).toMatch(
      /^---\nid: 2025-08-01-negotiators-met-in-geneva-on-friday\ntitle: Negotiators met in Geneva on Friday\ntitleDerived: true\noutlet: Example News\n/,
    );
    expect(written.endsWith(await readFile(story, 'utf8'))).toBe(true);
    expect((await knowledge()).filter((name) => name.startsWith('.'))).toEqual([]);

    const asked = await runTalksbot(['--json', '/ask Where did the negotiators meet on Friday?'], { env });
    expect(JSON.parse(asked.stdout)).toMatchObject({
      abstained: false,
      citations: [{ outlet: 'Example News' }],
    });
  }, 120_000); // a full index build in a child process: room for a loaded machine

  it('adds a web page from a url with the metadata the page carries, and lists it', async () => {
    const result = await run(addArticle, [`${server.base}/world/orrin-talks`, '--yes']);
    expect(result.stderr).toBe('');
    expect(result.stdout).toMatch(/outlet {5}The Northern Ledger {2}\(JSON-LD NewsArticle publisher\)/);
    expect(result.stdout).toMatch(/published {2}2025-09-03 {2}\(JSON-LD NewsArticle datePublished\)/);
    expect(result.stdout).toMatch(
      new RegExp(`url {8}${server.base}/world/2025/09/03/orrin-water-talks-resume {2}\\(canonical link\\)`),
    );
    expect(result.stdout).toMatch(/Added .*2025-09-03-orrin-water-talks-resume-in-lastra\.md/);

    const listed = await run(listArticles, []);
    expect(listed.stdout).toMatch(
      /2025-09-03-orrin-water-talks-resume-in-lastra\n {2}2025-09-03 · The Northern Ledger · \d+ passages · Orrin water talks resume in Lastra after a summer pause\n {2}from http:\/\/127\.0\.0\.1:\d+\/world\/2025\/09\/03\/orrin-water-talks-resume\n/,
    );
    expect(listed.stdout).toMatch(/2025-07-20-zelenskyy-proposes-meeting-for-ceasefire-negotiations\n/);
  });

  it.each<[string, string[], RegExp]>([
    ['a missing date', ['STORY2'], /No publication date was found: give it with --published/],
    ['a missing file', ['nope.txt', '--published', '2025-08-01'], /cannot read nope\.txt: check the path/],
    [
      'the same page again',
      ['PAGE', '--yes'],
      /already known as 2025-09-03-orrin-water-talks-resume-in-lastra \(same url\)/,
    ],
    [
      'an image',
      ['PHOTO', '--published', '2025-08-01', '--yes'],
      /it is image\/jpeg, not a web page or text/,
    ],
    [
      'a file over the limit',
      ['HUGE', '--published', '2025-08-01', '--yes'],
      /is 20 MB, over the 1 MB limit for one article: .*--max-size/,
    ],
    ['a bad --max-size', ['STORY', '--max-size', 'lots'], /--max-size lots is not a size/],
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
    const result = await run(
      addArticle,
      args.map((a) => names[a] ?? a),
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(await knowledge()).toEqual(before);
  });

  it('refuses a loopback url unless private addresses are allowed', async () => {
    const saved = env;
    env = { ...env, FETCH_ALLOW_PRIVATE: 'false' };
    const result = await run(addArticle, [`${server.base}/world/orrin-talks`]).finally(() => {
      env = saved;
    });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/127\.0\.0\.1 is a private or local address/);
  });

  it('reads a page from stdin', async () => {
    const html = await readFile(join(PAGES_DIR, 'blog-og.html'), 'utf8');
    const result = await run(addArticle, ['-'], html);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Found in stdin \(a web page\)/);
    expect(result.stdout).toMatch(
      /title {6}Why the Orrin quota matters to the southern farms {2}\(og:title\)/,
    );
  });

  it('follows a feed, polls it and reports each item', async () => {
    const added = await run(feedsCommand, ['add', `${server.base}/atom.xml`, '--match', 'Lastra,survey']);
    expect(added.stdout).toMatch(/Following http:.*\/atom\.xml \(only items with: Lastra, survey\)/);
    const polled = await run(feedsCommand, ['poll']);
    expect(polled.stdout).toMatch(
      /atom\.xml: 3 new items\n {2}Lastra talks: delegations trade draft maps of the shoreline\n {4}added as 2025-09-06-lastra-talks-delegations-trade-draft-maps\n {2}Council approves lake survey\n {4}added as 2025-09-05-council-approves-lake-survey\n {2}Photo of the day: the lake at dawn\n {4}skipped: none of Lastra, survey in its title or summary\n/,
    );
    const again = await run(feedsCommand, ['poll']);
    expect(again.stdout).toMatch(/atom\.xml: nothing new\n/);
    const listed = await run(feedsCommand, []);
    expect(listed.stdout).toMatch(
      /atom\.xml {2}\(only: Lastra, survey\)\n {2}last polled .*: fetched · 2 stories added · 3 items seen/,
    );
  });

  it('removes an article by id, and says so when no article has the id', async () => {
    const removed = await run(removeCommand, ['2025-08-01-negotiators-met-in-geneva-on-friday']);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toMatch(/Removed 2025-08-01-negotiators-met-in-geneva-on-friday\.md/);
    expect(await knowledge()).not.toContain('2025-08-01-negotiators-met-in-geneva-on-friday.md');
    const missing = await run(removeCommand, ['no-such-article']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/No article has the id no-such-article: talksbot list shows the ids/);
  });
});
