import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/load.js';
import type { Article } from '../../src/knowledge/types.js';
import { countryOf, isDemonym, relatedPlaceWord } from '../../src/nlp/demonyms.js';
import { buildEntityTable, resolveEntity } from '../../src/nlp/entities/index.js';

// countries and their people from the world-countries data package, not a hand list
describe('countries and demonyms', () => {
  it.each<[string, string | undefined]>([
    ['Israeli', 'Israel'],
    ['Qatari', 'Qatar'],
    ['Austrian', 'Austria'],
    ['Turkish', 'Türkiye'],
    ['Turkey', 'Türkiye'],
    ['American', 'United States'],
    ['America', 'United States'],
    ['Emirati', 'United Arab Emirates'],
    ['European', 'Europe'],
    // two sovereign states share the word: it names neither
    ['Congolese', undefined],
    // a territory never takes its sovereign state's word
    ['French', 'France'],
    ['Indian', 'India'],
    ['Monday', undefined],
  ])('%s → %s', (word, country) => {
    expect(countryOf(word)?.name).toBe(country);
  });

  it.each<[string, string | undefined]>([
    ['israeli', 'israel'],
    ['israel', 'israeli'],
    ['russia', 'russian'],
    ['ukrainian', 'ukraine'],
    ['american', 'america'],
    ['dutch', 'netherlands'],
    ['ceasefire', undefined],
  ])('relatedPlaceWord(%s) = %s', (word, related) => {
    expect(relatedPlaceWord(word)).toBe(related);
  });

  it.each<[string, boolean]>([
    ['saudi', false],
    ['georgian', true],
    ['israel', false],
    ['talks', false],
  ])('isDemonym(%s) = %s', (word, expected) => {
    expect(isDemonym(word)).toBe(expected);
  });
});

function article(body: string): Article {
  const parsed = parseArticle('a.md', `---\nid: a\ntitle: Talks\npublished: 2025-06-01\n---\n${body}\n`);
  if (!('body' in parsed)) throw new Error(parsed.reason);
  return parsed;
}

describe('the entity layer', () => {
  it('learns a country from its demonym alone', () => {
    const table = buildEntityTable([
      article('Israeli Prime Minister Avner Kalman met the envoy on Sunday and the talks went on.'),
    ]);
    expect(resolveEntity(table, 'Israel')?.name).toBe('Israel');
    expect(resolveEntity(table, "Israel's prime minister")?.name).toBe('Avner Kalman');
  });

  it('gives a learned country its other names', () => {
    const table = buildEntityTable([
      article('The ministers met in Turkey on Monday. Turkish officials said little about the meeting.'),
    ]);
    expect(resolveEntity(table, 'Türkiye')?.name).toBe('Turkey');
    expect(resolveEntity(table, 'Turkish')?.name).toBe('Turkey');
  });
});
