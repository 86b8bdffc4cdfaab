import type { Article } from '../knowledge/types.js';
import { type EntityTable, entityNamed } from '../nlp/entities/index.js';
import { referredEntities } from './coreference.js';

const SINGULAR_OPENER = /^(He|She)\b(?=\s)/;

/**
 * A passage shown out of its article that opens with "He" or "She" does not say who: "He (Volodymyr
 * Zelenskyy) also reiterated …", from the coreference of the pronoun over the article's sentences up to
 * the passage's first one. Left as written when the coreference is not one person. Display text only:
 * the citation's passage stays verbatim.
 */
export function namingOpeningPronoun(
  text: string,
  article: Article,
  sentenceIndex: number,
  namedIn: (sentenceIndex: number) => readonly string[],
  entities: EntityTable,
): string {
  const pronoun = SINGULAR_OPENER.exec(text)?.[1];
  const sentence = article.sentences[sentenceIndex];
  if (!pronoun || !sentence?.text.startsWith(`${pronoun} `)) return text;
  const upTo = article.sentences.slice(0, sentenceIndex + 1);
  const referred = referredEntities(
    upTo,
    upTo.map((_, i) => namedIn(i)),
    entities,
  )[sentenceIndex]!;
  const people = referred.filter((name) => entityNamed(entities, name)?.type === 'person');
  if (people.length !== 1) return text;
  return `${pronoun} (${people[0]})${text.slice(pronoun.length)}`;
}
