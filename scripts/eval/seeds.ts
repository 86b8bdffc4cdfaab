import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/knowledge/front-matter.js';
import { listArticleFiles } from '../../src/knowledge/load.js';

/**
 * Gold lines name articles by their captured file (`src`); each knowledge file records it in `source`.
 * The body after the front matter is the captured text, untouched, so verbatim checks run against it.
 */
export async function readSeedTexts(knowledgeDir: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>();
  for (const file of await listArticleFiles(knowledgeDir)) {
    const { data, body } = splitFrontMatter(await readFile(join(knowledgeDir, file), 'utf8'));
    const source = (data as { source?: unknown } | undefined)?.source;
    texts.set(typeof source === 'string' ? source : file, body);
  }
  return texts;
}
