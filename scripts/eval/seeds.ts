import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitFrontMatter } from '../../src/knowledge/front-matter.js';
import { listArticleFiles } from '../../src/knowledge/load.js';
import type { QaGold } from './gold.js';
import { fold } from './score.js';

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

/**
 * The answer strings of a question set that its source articles do not contain, as "id: string": a set
 * whose expected answers are not in the text can only be failed, so the set tests check it is empty.
 */
export function answerStringsNotInSources(
  set: readonly QaGold[],
  seeds: ReadonlyMap<string, string>,
): string[] {
  const inSource = (needle: string, where: string) =>
    (where === '*' ? [...seeds.values()] : [seeds.get(where) ?? '']).some((t) =>
      fold(t).includes(fold(needle)),
    );
  return set.flatMap((g) =>
    [
      ...(g.any ?? []).map((n) => [n, g.src ?? ''] as const),
      ...(g.points ?? []).flatMap((p) => p.any.map((n) => [n, p.src] as const)),
    ]
      .filter(([n, where]) => !inSource(n, where))
      .map(([n]) => `${g.id}: ${n}`),
  );
}
