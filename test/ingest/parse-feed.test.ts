import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';

const rss = (items: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>${items}</channel></rss>`;
const atom = (entries: string) =>
  `<feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>${entries}</feed>`;

describe('parseFeed', () => {
  it.each<[string, string, Record<string, unknown>[]]>([
    [
      'an RSS item with a non-permalink guid',
      rss(
        '<item><title>One</title><link>https://x.example/1</link><guid isPermaLink="false">id-1</guid><pubDate>Wed, 03 Sep 2025 06:15:00 GMT</pubDate></item>',
      ),
      [
        {
          key: 'id-1',
          link: 'https://x.example/1',
          title: 'One',
          published: 'Wed, 03 Sep 2025 06:15:00 GMT',
        },
      ],
    ],
    [
      'an RSS item whose guid is its only link',
      rss('<item><title>Two</title><guid>https://x.example/2</guid></item>'),
      [{ key: 'https://x.example/2', link: 'https://x.example/2', title: 'Two' }],
    ],
    [
      'entities in an RSS title',
      rss('<item><title>Lake &amp; flood &#8211; a view</title><link>https://x.example/3</link></item>'),
      [{ key: 'https://x.example/3', title: 'Lake & flood – a view' }],
    ],
    [
      'an Atom entry with alternate and self links',
      atom(
        '<entry><title>Maps</title><id>tag:x,1</id><link rel="self" href="https://x.example/self"/><link rel="alternate" href="https://x.example/maps"/><published>2025-09-06T09:00:00Z</published></entry>',
      ),
      [{ key: 'tag:x,1', link: 'https://x.example/maps', title: 'Maps', published: '2025-09-06T09:00:00Z' }],
    ],
    [
      'an Atom entry with a bare link and only an updated date',
      atom(
        '<entry><title type="html">Survey</title><id>tag:x,2</id><link href="https://x.example/s"/><updated>2025-09-05T15:30:00Z</updated></entry>',
      ),
      [{ key: 'tag:x,2', link: 'https://x.example/s', title: 'Survey', published: '2025-09-05T15:30:00Z' }],
    ],
    [
      'RSS 1.0 (RDF)',
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>R</title></channel><item><title>Old</title><link>https://x.example/old</link><dc:date>2025-09-01</dc:date></item></rdf:RDF>',
      [{ key: 'https://x.example/old', link: 'https://x.example/old', published: '2025-09-01' }],
    ],
    ['an empty channel', rss(''), []],
  ])('%s', (_name, xml, items) => {
    const feed = parseFeed(xml);
    expect(feed?.items).toHaveLength(items.length);
    for (const [i, item] of items.entries()) expect(feed?.items[i]).toMatchObject(item);
  });

  it.each([
    ['an HTML page', '<!doctype html><html><body><p>not a feed</p></body></html>'],
    ['plain text', 'just some words'],
    ['broken XML', '<rss><channel><item><title>x</title></channel>'],
  ])('is undefined for %s', (_name, text) => {
    expect(parseFeed(text)).toBeUndefined();
  });
});
