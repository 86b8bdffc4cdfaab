import type { Quote } from '../../src/answer.js';
import { parseArticle } from '../../src/knowledge/load.js';
import type { Article } from '../../src/knowledge/types.js';
import { buildEntityTable, readAliasFile } from '../../src/nlp/entities/index.js';
import { extractQuotes } from '../../src/quotes/index.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

/** An article made of `body`, loaded the way a knowledge file is. */
export function articleOf(body: string): Article {
  const parsed = parseArticle(
    'test.md',
    `---\nid: test\ntitle: Test article\npublished: 2025-01-01\n---\n${body}\n`,
  );
  if ('reason' in parsed) throw new Error(parsed.reason);
  return parsed;
}

/** The quotes of a one-article corpus, with the entity layer learned from it and the real alias file. */
export async function quotesOf(body: string): Promise<Quote[]> {
  const article = articleOf(body);
  const table = buildEntityTable([article], (await readAliasFile(KNOWLEDGE_DIR)).entries);
  return extractQuotes([article], table);
}
