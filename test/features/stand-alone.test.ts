import { describe, expect, it } from 'vitest';
import { namingOpeningPronoun } from '../../src/features/stand-alone.js';
import { buildEntityTable, findMentions } from '../../src/nlp/entities/index.js';
import { articleOf } from '../quotes/synthetic.js';

/** The display text of the article's last sentence, as an answer that starts there would show it. */
function lastSentenceShown(body: string): string {
  const article = articleOf(body);
  const table = buildEntityTable([article]);
  const named = (i: number) => [
    ...new Set(findMentions(table, article.sentences[i]!.text).map((m) => m.entity)),
  ];
  const last = article.sentences.length - 1;
  return namingOpeningPronoun(article.sentences[last]!.text, article, last, named, table);
}

describe('an answer that opens with a pronoun says who it is', () => {
  it.each<[string, string, string]>([
    [
      'the man named just before',
      'Defence Minister Mykola Dovbush met the envoys on Monday.\nHe also repeated the offer of a 30-day pause.',
      'He (Mykola Dovbush) also repeated the offer of a 30-day pause.',
    ],
    [
      '“she” passes over a man to the woman named before',
      'Foreign Minister Oksana Teliha opened the session.\nDefence Minister Mykola Dovbush arrived later.\nShe said the list was ready.',
      'She (Oksana Teliha) said the list was ready.',
    ],
    [
      'a sentence about a person only described in between: left as written',
      'Defence Minister Mykola Dovbush met the envoys on Monday.\nIt was the first time the host had spoken.\nHe also repeated the offer.',
      'He also repeated the offer.',
    ],
    [
      'no pronoun at the start: unchanged',
      'Defence Minister Mykola Dovbush met the envoys on Monday.\nThe offer of a pause stands, he said.',
      'The offer of a pause stands, he said.',
    ],
  ])('%s', (_, body, expected) => {
    expect(lastSentenceShown(body)).toBe(expected);
  });
});
