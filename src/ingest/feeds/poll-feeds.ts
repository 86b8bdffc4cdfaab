import { loadKnowledge } from '../../knowledge/load.js';
import type { Article } from '../../knowledge/types.js';
import { addFromUrl } from '../add-from-url.js';
import { type FetchOptions, FetchRefusal, fetchPage } from '../fetch-page.js';
import { comparableWords } from '../shingles.js';
import { type Feed, readFeeds } from './feed-list.js';
import { type FeedState, type ItemRecord, readFeedsState, writeFeedsState } from './feed-state.js';
import { type FeedItem, parseFeed } from './parse-feed.js';

export interface PollOptions extends Omit<FetchOptions, 'headers'> {
  knowledgeDir: string;
  now?: Date;
}

export interface FeedReport {
  url: string;
  /** "not modified", "fetched", or why the feed itself could not be read */
  status: 'not modified' | 'fetched' | 'failed';
  reason?: string | undefined;
  /** the new items of this poll and what became of each */
  items: ItemRecord[];
}

/**
 * One poll of every feed in feeds.yml: a conditional GET (the feed's ETag / Last-Modified from the last
 * poll), then each item not seen before goes through the same path as `talksbot add <url>`. Every item's
 * outcome is recorded, so no later poll adds the same story again; only items that failed for a passing
 * reason (a time-out, a 503) are tried again.
 */
export async function pollFeeds(options: PollOptions): Promise<FeedReport[]> {
  const feeds = await readFeeds(options.knowledgeDir);
  if (!feeds.length) return [];
  const state = await readFeedsState(options.knowledgeDir);
  const known = [...(await loadKnowledge(options.knowledgeDir)).articles];
  const reports: FeedReport[] = [];
  for (const feed of feeds) {
    state[feed.url] ??= { items: [] };
    reports.push(await pollFeed(feed, state[feed.url]!, known, options));
    // saved after each feed: a crash in the next one keeps what this one did
    await writeFeedsState(options.knowledgeDir, state);
  }
  return reports;
}

async function pollFeed(
  feed: Feed,
  state: FeedState,
  known: Article[],
  options: PollOptions,
): Promise<FeedReport> {
  const now = options.now ?? new Date();
  state.lastPolled = now.toISOString();
  const headers: Record<string, string> = {
    accept: 'application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5',
  };
  if (state.etag) headers['if-none-match'] = state.etag;
  if (state.lastModified) headers['if-modified-since'] = state.lastModified;
  let page: Awaited<ReturnType<typeof fetchPage>>;
  try {
    page = await fetchPage(feed.url, { ...options, headers });
  } catch (error) {
    if (!(error instanceof FetchRefusal)) throw error;
    state.lastStatus = `failed: ${error.message}`;
    return { url: feed.url, status: 'failed', reason: error.message, items: [] };
  }
  if (page.notModified) {
    state.lastStatus = 'not modified';
    return { url: feed.url, status: 'not modified', items: [] };
  }
  const parsed = parseFeed(new TextDecoder().decode(page.bytes));
  if (!parsed) {
    const reason = `${feed.url} is not an RSS or Atom feed: check the address`;
    state.lastStatus = `failed: ${reason}`;
    return { url: feed.url, status: 'failed', reason, items: [] };
  }
  state.etag = page.etag;
  state.lastModified = page.lastModified;
  state.lastStatus = 'fetched';
  const seen = new Map(state.items.map((record) => [record.key, record]));
  const results: ItemRecord[] = [];
  for (const item of parsed.items) {
    const before = seen.get(item.key);
    if (before && !(before.outcome === 'refused' && before.retry)) continue;
    const record = await takeItem(item, feed, known, options, now);
    if (before) state.items.splice(state.items.indexOf(before), 1);
    state.items.push(record);
    seen.set(record.key, record);
    results.push(record);
  }
  return { url: feed.url, status: 'fetched', items: results };
}

async function takeItem(
  item: FeedItem,
  feed: Feed,
  known: Article[],
  options: PollOptions,
  now: Date,
): Promise<ItemRecord> {
  const base = { key: item.key, link: item.link, title: item.title, at: now.toISOString() };
  if (feed.match && !matches(item, feed.match))
    return {
      ...base,
      outcome: 'not matching',
      reason: `none of ${feed.match.join(', ')} in its title or summary`,
    };
  if (!item.link) return { ...base, outcome: 'refused', reason: 'the item has no link to a page' };
  const published = item.published && dayOf(item.published);
  const result = await addFromUrl(item.link, {
    ...options,
    write: true,
    known,
    fallback: published ? { published: { value: published, from: "the feed item's date" } } : {},
  });
  if (result.kind === 'added') {
    const added = result.article;
    if (added) known.push(added);
    return { ...base, outcome: 'added', id: result.draft.id };
  }
  if (result.kind === 'refused' && result.duplicateOf)
    return { ...base, outcome: 'duplicate', id: result.duplicateOf, reason: result.reason };
  const reason = result.kind === 'refused' ? result.reason : 'not written';
  return {
    ...base,
    outcome: 'refused',
    reason,
    retry: result.kind === 'refused' && result.transient === true,
  };
}

/** Any match word at the start of a word of the title or summary: "ceasefire" matches "ceasefires". */
function matches(item: FeedItem, words: string[]): boolean {
  const tokens = comparableWords(`${item.title} ${item.summary}`);
  return words.some((word) => {
    const wanted = comparableWords(word).join(' ');
    return wanted.includes(' ')
      ? tokens.join(' ').includes(wanted)
      : tokens.some((token) => token.startsWith(wanted));
  });
}

/** A feed's date in any of its usual forms (RFC 822 in RSS, ISO in Atom) as a UTC day. */
function dayOf(value: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (iso) return iso;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}
