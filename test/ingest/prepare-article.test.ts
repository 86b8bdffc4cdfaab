import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Draft, type IngestSource, prepareArticle } from '../../src/index.js';
import { parseArticle } from '../../src/knowledge/load.js';
import type { Article } from '../../src/knowledge/types.js';
import { PAGES_DIR } from './page-server.js';

const NOW = new Date('2025-09-10T12:00:00Z');
const page = async (name: string): Promise<IngestSource> => ({
  bytes: await readFile(join(PAGES_DIR, name)),
  origin: name,
});
const text = (value: string, origin = 'story.txt'): IngestSource => ({ bytes: Buffer.from(value), origin });

function draftOf(result: ReturnType<typeof prepareArticle>): Draft {
  if (!result.ok) throw new Error(result.reason);
  return result.draft;
}

const STORY = [
  'Lastra – Negotiators for the basin states met again on Monday to discuss the lake quota and the storage ponds.',
  'The mediator said both sides had agreed to share the survey results before the October round of talks.',
  'Farmers on the southern shore said they would wait for the survey before judging the new proposal.',
].join('\n');

describe('prepareArticle: metadata from each page template', () => {
  it.each<[string, keyof Draft, string, string]>([
    [
      'news-jsonld.html',
      'title',
      'Orrin water talks resume in Lastra after a summer pause',
      'JSON-LD NewsArticle headline',
    ],
    ['news-jsonld.html', 'outlet', 'The Northern Ledger', 'JSON-LD NewsArticle publisher'],
    ['news-jsonld.html', 'published', '2025-09-03', 'JSON-LD NewsArticle datePublished'],
    ['news-jsonld.html', 'author', 'Mira Castell, Teodor Vane', 'JSON-LD NewsArticle author'],
    ['blog-og.html', 'title', 'Why the Orrin quota matters to the southern farms', 'og:title'],
    ['blog-og.html', 'outlet', 'Basin Notes', 'og:site_name'],
    // the day as the outlet wrote it (18:40 at -04:00), not the UTC day after
    ['blog-og.html', 'published', '2025-09-04', 'article:published_time'],
    ['blog-og.html', 'url', 'https://basin-notes.example/2025/why-the-quota-matters', 'og:url'],
    ['plain-page.html', 'title', 'Council approves lake survey', '<h1>'],
    ['plain-page.html', 'published', '2025-09-05', '<time datetime>'],
    [
      'cookie-related.html',
      'title',
      'Lastra talks: delegations trade draft maps of the shoreline',
      'JSON-LD ReportageNewsArticle headline',
    ],
    ['cookie-related.html', 'author', 'Piet Halloran', 'JSON-LD ReportageNewsArticle author'],
  ])('%s: %s', async (name, field, value, from) => {
    const draft = draftOf(prepareArticle(await page(name), {}, { known: [], now: NOW }));
    expect(draft[field]).toEqual({ value, from });
    expect(draft.kind).toBe('html');
  });

  it('resolves a relative canonical link against the address the page was fetched from', async () => {
    const source = { ...(await page('news-jsonld.html')), url: 'https://ledger.example/x?utm_source=feed' };
    const draft = draftOf(prepareArticle(source, {}, { known: [], now: NOW }));
    expect(draft.url).toEqual({
      value: 'https://ledger.example/world/2025/09/03/orrin-water-talks-resume',
      from: 'canonical link',
    });
  });

  it('keeps the story and drops the cookie banner, related stories, newsletter box and footer', async () => {
    const draft = draftOf(prepareArticle(await page('cookie-related.html'), {}, { known: [], now: NOW }));
    const body = draft.content.split('\n---\n')[1]!;
    expect(body.split('\n\n')).toHaveLength(3);
    expect(body).toContain('exchanged draft maps of the shoreline on Saturday');
    for (const furniture of [
      'cookies',
      'Related stories',
      'Farmers fear a dry year',
      'briefing in your inbox',
      'Advertise',
    ])
      expect(body).not.toContain(furniture);
    expect(draft.passages).toBe(3);
    expect(draft.firstParagraph).toMatch(/^The two delegations at the Lastra water talks/);
  });

  it('lets flags override what the page says', async () => {
    const draft = draftOf(
      prepareArticle(
        await page('news-jsonld.html'),
        { title: 'Talks resume', outlet: 'Ledger' },
        { known: [], now: NOW },
      ),
    );
    expect(draft.title).toEqual({ value: 'Talks resume', from: '--title' });
    expect(draft.outlet).toEqual({ value: 'Ledger', from: '--outlet' });
    expect(draft.id).toBe('2025-09-03-talks-resume');
  });

  it('keeps plain text as captured and derives the title from its first sentence', () => {
    const draft = draftOf(prepareArticle(text(STORY), { published: '2025-09-08' }, { known: [], now: NOW }));
    expect(draft.kind).toBe('text');
    expect(draft.content.endsWith(STORY)).toBe(true);
    expect(draft.title.from).toBe('its first sentence');
    expect(draft.content).toMatch(/\nsource: story\.txt\n/);
    expect(draft.passages).toBe(3);
  });
  it('offers a capture’s headline line and its date bar, which --published and --title override', () => {
    const capture = [
      'THE LAKE COURIER',
      'Home | Region | World',
      'Basin states agree to share survey',
      'Monday, 8 September 2025 | 09:12',
      STORY,
    ].join('\n');
    const draft = draftOf(prepareArticle(text(capture), {}, { known: [], now: NOW }));
    expect(draft.title).toEqual({ value: 'Basin states agree to share survey', from: 'its headline line' });
    expect(draft.published).toEqual({
      value: '2025-09-08',
      from: 'the date line “Monday, 8 September 2025 | 09:12”',
    });
    const given = draftOf(
      prepareArticle(text(capture), { published: '2025-09-09' }, { known: [], now: NOW }),
    );
    expect(given.published).toEqual({ value: '2025-09-09', from: '--published' });
  });
});

describe('prepareArticle: refusals say what to do', () => {
  let known: Article[];
  beforeAll(() => {
    const existing = draftOf(
      prepareArticle(
        text(STORY),
        { published: '2025-09-08', url: 'https://ledger.example/story' },
        { known: [], now: NOW },
      ),
    );
    const article = parseArticle(existing.fileName, existing.content);
    if ('reason' in article) throw new Error(article.reason);
    known = [article];
  });

  const png = Buffer.from([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
  ]);
  const controls = Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 3 === 0 ? 65 : 1 + (i % 7))));
  const nearCopy = `${STORY.replace('Monday', 'Tuesday').replace('Farmers', 'Growers')}\nA new closing line was added.`;

  it.each<[string, IngestSource, Record<string, string>, RegExp]>([
    [
      'no date',
      text('A story without a date. It has two sentences.'),
      {},
      /No publication date was found: give it with --published YYYY-MM-DD/,
    ],
    [
      'a date that is not a date',
      text('A story.'),
      { published: 'last week' },
      /“last week” is not a date like 2025-07-20/,
    ],
    [
      'a day the calendar lacks',
      text('A story.'),
      { published: '2025-02-30' },
      /2025-02-30 is not a day of the calendar/,
    ],
    [
      'a date more than a day ahead',
      text('A story.'),
      { published: '2025-09-12' },
      /2025-09-12 is in the future/,
    ],
    [
      'NUL bytes',
      { bytes: png, origin: 'photo.png' },
      { published: '2025-09-01' },
      /photo\.png cannot be added: it contains NUL bytes/,
    ],
    [
      'mostly control characters',
      { bytes: controls, origin: 'x.bin' },
      { published: '2025-09-01' },
      /most of it is control characters/,
    ],
    [
      'an image content type',
      { ...text('GIF89a'), contentType: 'image/gif' },
      {},
      /it is image\/gif, not a web page or text/,
    ],
    [
      'a PDF content type',
      { ...text('%PDF-1.7'), contentType: 'application/pdf' },
      {},
      /it is application\/pdf/,
    ],
    [
      'over the size limit',
      text('word '.repeat(250_000)),
      { published: '2025-09-01' },
      /is 1\.3 MB, over the 1 MB limit for one article: .*--max-size/,
    ],
    [
      'the same url',
      text('Other words entirely. A second sentence.'),
      { published: '2025-09-09', url: 'https://ledger.example/story/#top' },
      /already known as 2025-09-08-negotiators-for-the-basin-states-met \(same url\)/,
    ],
    [
      'the same text',
      text(`  ${STORY.replaceAll('–', '-')}  `),
      { published: '2025-09-09', title: 'Another headline' },
      /already known as 2025-09-08-negotiators-for-the-basin-states-met \(same text\)/,
    ],
    [
      'a near-duplicate',
      text(nearCopy),
      { published: '2025-09-09', title: 'Another headline' },
      /already known as 2025-09-08-negotiators-for-the-basin-states-met \(\d+% of its text is in that article\)/,
    ],
  ])('%s', (_name, source, overrides, message) => {
    const result = prepareArticle(source, overrides, { known, now: NOW });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(message);
  });

  // [case, the sentence for chat: the same fact, without flags or commands nobody in a channel can type]
  it.each([
    [
      'over the size limit',
      text('word '.repeat(250_000)),
      { published: '2025-09-01' },
      'story.txt is 1.3 MB, over the 1 MB limit for one article.',
    ],
    [
      'no date',
      text('The envoys met again on a quiet morning. They talked.'),
      {},
      'No publication date was found.',
    ],
    [
      'the same url',
      text('Other words entirely. A second sentence.'),
      { published: '2025-09-09', url: 'https://ledger.example/story/#top' },
      'Not added: already known as 2025-09-08-negotiators-for-the-basin-states-met (same url).',
    ],
  ] as const)('%s: chat is told the fact alone', (_name, source, overrides, fact) => {
    const result = prepareArticle(source, overrides, { known, now: NOW });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fact).toBe(fact);
    expect(result.reason.startsWith(fact.slice(0, -1))).toBe(true);
    expect(result.reason).toMatch(/--\w|talksbot remove/);
  });

  it('accepts a date one day ahead (another time zone) and a different story on the same topic', () => {
    const other = text(
      'The survey boat left Lastra harbour at dawn with six divers aboard. It will map the north first.',
    );
    expect(prepareArticle(other, { published: '2025-09-11' }, { known, now: NOW }).ok).toBe(true);
  });

  it('raises the limit with maxBytes', () => {
    const big = text(`${'The talks went on. '.repeat(60_000)}`);
    expect(prepareArticle(big, { published: '2025-09-01' }, { known, now: NOW }).ok).toBe(false);
    expect(
      prepareArticle(big, { published: '2025-09-01' }, { known, now: NOW, maxBytes: 2_000_000 }).ok,
    ).toBe(true);
  });
});
