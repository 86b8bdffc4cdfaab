import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded from its one-file CommonJS build. Its ESM entry is 436 small modules, and importing
 * them costs ~0.12 s more at every start of the CLI; the API and the tagging are the same.
 */
const require = createRequire(import.meta.url);
export const nlp: typeof nlpType = require('compromise');
