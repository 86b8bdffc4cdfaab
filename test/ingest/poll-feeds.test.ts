import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addFeed, pollFeeds, readFeedsState } from '../../src/index.js';
import { fixture, PAGES_DIR, type PageServer, type Route, startPageServer } from './page-server.js';

/** A feed route that honours conditional GET with a version the test can change. */
function feedRoute(name: string, contentType: string, version: { etag: string; extra?: string }): Route {
  return async (req, res, base) => {
    if (req.headers['if-none-match'] === version.etag) return void res.writeHead(304).end();
    let xml = (await readFile(join(PAGES_DIR, name), 'utf8')).replaceAll('{{BASE}}', base);
    if (version.extra) xml = xml.replace('</channel>', `${version.extra}</channel>`);
    res.writeHead(200, { 'content-type': contentType, etag: version.etag }).end(xml);
  };
}

describe('pollFeeds against a loopback server', () => {
  let dir: string;
  let knowledgeDir: string;
  let server: PageServer;
  const rssVersion: { etag: string; extra?: string } = { etag: '"rss-1"' };
  let flaky = 503;
  const poll = () => pollFeeds({ knowledgeDir, allowPrivate: true, now: new Date('2025-09-10T12:00:00Z') });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'talksbot-feeds-'));
    knowledgeDir = join(dir, 'knowledge');
    await cp(join(PAGES_DIR, '..', '..', '..', 'knowledge'), knowledgeDir, { recursive: true });
    server = await startPageServer({
      '/rss.xml': feedRoute('rss.xml', 'application/rss+xml', rssVersion),
      '/atom.xml': feedRoute('atom.xml', 'application/atom+xml', { etag: '"atom-1"' }),
      '/world/orrin-talks': fixture('news-jsonld.html'),
      '/app/orrin-talks': fixture('news-jsonld.html'),
      '/blog/quota': fixture('blog-og.html'),
      '/markets/quiet-day': fixture('plain-page.html'),
      '/orrin/maps': fixture('cookie-related.html'),
      '/council/survey': fixture('plain-page.html'),
      '/photo': (_req, res) => res.writeHead(200, { 'content-type': 'image/jpeg' }).end('jpeg'),
      '/later': (_req, res) => {
        if (flaky !== 200) return void res.writeHead(flaky).end();
        void fixture('cookie-related.html')(_req, res, server.base);
      },
      '/not-a-feed': fixture('plain-page.html'),
    });
    await addFeed(knowledgeDir, { url: `${server.base}/rss.xml`, match: ['Orrin', 'lake'] });
    await addFeed(knowledgeDir, { url: `${server.base}/atom.xml` });
    await addFeed(knowledgeDir, { url: `${server.base}/not-a-feed` });
  });
  afterAll(async () => {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('adds each new story once and records what became of every item', async () => {
    const [rss, atom, notFeed] = await poll();
    expect(rss!.status).toBe('fetched');
    expect(rss!.items.map((item) => [item.title, item.outcome, item.id ?? item.reason])).toEqual([
      [
        'Orrin water talks resume in Lastra after a summer pause',
        'added',
        '2025-09-03-orrin-water-talks-resume-in-lastra',
      ],
      [
        'Why the Orrin quota matters to the southern farms',
        'added',
        '2025-09-04-why-the-orrin-quota-matters-to',
      ],
      ['Orrin talks resume (app edition)', 'duplicate', '2025-09-03-orrin-water-talks-resume-in-lastra'],
      ['A story that was taken down', 'not matching', 'none of Orrin, lake in its title or summary'],
      ['Markets close higher on a quiet day', 'not matching', 'none of Orrin, lake in its title or summary'],
    ]);
    expect(atom!.items.map((item) => [item.title, item.outcome])).toEqual([
      ['Lastra talks: delegations trade draft maps of the shoreline', 'added'],
      ['Council approves lake survey', 'added'],
      ['Photo of the day: the lake at dawn', 'refused'],
    ]);
    expect(atom!.items[2]!.reason).toMatch(/it is image\/jpeg, not a web page or text/);
    expect(notFeed).toMatchObject({
      status: 'failed',
      reason: expect.stringMatching(/is not an RSS or Atom feed/),
    });

    const files = await readdir(knowledgeDir);
    expect(files.filter((f) => f.startsWith('2025-09-'))).toHaveLength(4);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const state = await readFeedsState(knowledgeDir);
    expect(state[`${server.base}/rss.xml`]).toMatchObject({ etag: '"rss-1"', lastStatus: 'fetched' });
  });

  it('sends the validators next time and does nothing on a 304', async () => {
    const before = server.requests.length;
    const [rss, atom] = await poll();
    expect(rss).toMatchObject({ status: 'not modified', items: [] });
    expect(atom).toMatchObject({ status: 'not modified', items: [] });
    const feedRequests = server.requests.slice(before).filter((r) => r.path.endsWith('.xml'));
    expect(feedRequests.map((r) => r.ifNoneMatch)).toEqual(['"rss-1"', '"atom-1"']);
    expect(
      server.requests.slice(before).filter((r) => !r.path.endsWith('.xml') && r.path !== '/not-a-feed'),
    ).toEqual([]);
  });

  it('takes only the new items of a changed feed, and retries an item that failed for a passing reason', async () => {
    rssVersion.etag = '"rss-2"';
    rssVersion.extra = `<item><title>Lastra maps: a second look at the lake line</title><link>${server.base}/later</link><guid isPermaLink="false">later-1</guid></item>`;
    const [first] = await poll();
    expect(first!.items.map((item) => [item.outcome, item.retry])).toEqual([['refused', true]]);
    expect(first!.items[0]!.reason).toMatch(/answered 503 .*try again later/);

    flaky = 200;
    rssVersion.etag = '"rss-3"';
    const [second] = await poll();
    // the page is the maps story the Atom feed already brought: known, not added twice
    expect(second!.items.map((item) => [item.outcome, item.id])).toEqual([
      ['duplicate', '2025-09-06-lastra-talks-delegations-trade-draft-maps'],
    ]);
    expect((await readdir(knowledgeDir)).filter((f) => f.startsWith('2025-09-'))).toHaveLength(4);
  });
});
