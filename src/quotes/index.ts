/**
 * /who-said: every quotation in the articles with its speaker, extracted at index time and cached with
 * the index, and the lookups over it.
 *
 * @example
 * const quotes = extractQuotes(articles, entities);
 * findQuotes(quotes, entities, 'Lavrov').quotes[0]?.quote; // "Fifty days, it used to be 24 hours"
 */
export { UNATTRIBUTED } from './attribution.js';
export { articleQuotes, extractQuotes } from './extract.js';
export { findQuotes } from './query.js';
export { countSpeakers } from './speakers.js';
