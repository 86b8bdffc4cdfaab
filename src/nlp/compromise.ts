import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { bulkMatch } from './compromise-sweep.js';

/**
 * compromise, loaded from its one-file CommonJS build. Its ESM entry is 436 small modules, and importing
 * them costs ~0.12 s more at every start of the CLI; the API and the tagging are the same.
 */
const require = createRequire(import.meta.url);
export const nlp: typeof nlpType = require('compromise');
// the same patterns tried in the same order, chosen from the sentence's own words rather than from every
// hook of the net (most of the cost of tagging a question; see compromise-sweep.ts)
nlp.plugin({ methods: { one: { bulkMatch } } });

// the compute steps nlp() runs, less 'chunks' (phrase chunking): no tag this project reads depends on it,
// and it is ~40% of a parse
const TAGGING = (nlp.world() as { hooks: string[] }).hooks.filter((hook) => hook !== 'chunks');

/** nlp(text) without phrase chunking: the same term tags, for less work. */
export function tagged(text: string): ReturnType<typeof nlp> {
  const doc = nlp.tokenize(text);
  doc.compute(TAGGING);
  return doc;
}
