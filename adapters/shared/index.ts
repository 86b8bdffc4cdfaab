/**
 * The platform-free presentation every renderer shares: truncation at sentence ends, plurals, source lines,
 * pages, confidence words, "as of" dates, suggestions and the 👍/👎 buttons. Discord, Slack and the REPL only map these onto
 * embeds, Block Kit or ANSI, so the three cannot drift apart.
 */
export * from './answer-view.js';
export * from './feedback.js';
export * from './pages.js';
export * from './plural.js';
export * from './quote-view.js';
export * from './source.js';
export * from './truncate.js';
