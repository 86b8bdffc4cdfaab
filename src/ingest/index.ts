/** Ingest: pages, files and feeds become knowledge files (used by `talksbot add`, `feeds` and chat). */
export { type AddFromUrlOptions, type AddResult, addFromUrl } from './add-from-url.js';
export { addFeed, type Feed, FeedsFileError, matchWords, readFeeds } from './feeds/feed-list.js';
export { type FeedsState, type ItemRecord, readFeedsState } from './feeds/feed-state.js';
export { type FeedItem, type ParsedFeed, parseFeed } from './feeds/parse-feed.js';
export { type FeedReport, type PollOptions, pollFeeds } from './feeds/poll-feeds.js';
export { type FetchedPage, type FetchOptions, FetchRefusal, fetchPage } from './fetch-page.js';
export { FileExistsError, knownArticles, removeArticle, writeArticle } from './knowledge-files.js';
export { DEFAULT_MAX_BYTES, formatBytes, parseSize } from './limits.js';
export type { Found } from './page-metadata.js';
export {
  type Draft,
  type IngestSource,
  type Overrides,
  type Prepared,
  prepareArticle,
} from './prepare-article.js';
