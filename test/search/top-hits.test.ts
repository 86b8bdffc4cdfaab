import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import { buildSearchIndex, type Hit, type QueryTerm, searchTerms } from '../../src/search/lunr-index.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { topHits } from '../../src/search/top-hits.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

// lunr's hits also carry match data, which topHits does not build
const refAndScore = (hits: Hit[]) => hits.map(({ ref, score }) => ({ ref, score }));

// topHits must be lunr's ranking, not an approximation of it: same refs, same scores, same tie order
const QUERIES: [string, QueryTerm[]][] = [
  ['one word', [{ word: 'istanbul' }]],
  [
    'weighted words',
    [
      { word: 'allies', boost: 2.4 },
      { word: 'meet', boost: 1.1 },
      { word: 'april', boost: 0.7 },
    ],
  ],
  [
    'a word and its alternative',
    [
      { word: 'russian', boost: 1.5 },
      { word: 'russia', boost: 1.2 },
    ],
  ],
  [
    'the same stem twice',
    [
      { word: 'talks', boost: 1 },
      { word: 'talk', boost: 0.8 },
    ],
  ],
  ['common words only', [{ word: 'ceasefire' }, { word: 'said' }, { word: 'ukraine' }]],
  ['words the articles lack', [{ word: 'weather' }, { word: 'zzyzx' }]],
  ['a name in the entity field', [{ word: 'lavrov', boost: 3 }, { word: 'minister' }]],
  ['stop words and punctuation', [{ word: 'the' }, { word: 'of Istanbul?' }]],
];

describe('topHits', () => {
  let lunrIndex: ReturnType<typeof buildSearchIndex>;
  let packed: SearchIndex;
  beforeAll(async () => {
    const { articles } = await loadKnowledge(KNOWLEDGE_DIR);
    lunrIndex = buildSearchIndex(
      articles.flatMap((article) =>
        article.sentences.map((s) => ({
          id: s.id,
          text: s.text,
          heading: '',
          entities: /Lavrov/.test(s.text) ? 'Sergey Lavrov Lavrov' : '',
          title: article.title,
        })),
      ),
    );
    packed = SearchIndex.fromLunr(lunrIndex);
  });

  it.each(QUERIES)('ranks %s exactly as lunr does', (_name, terms) => {
    for (const limit of [1, 5, 60, 1000]) {
      expect(topHits(packed, terms, limit)).toEqual(
        refAndScore(searchTerms(lunrIndex, terms).slice(0, limit)),
      );
    }
  });

  it('ranks the same after the index is cached and loaded', () => {
    const loaded = SearchIndex.load(JSON.parse(JSON.stringify(packed)));
    for (const [, terms] of QUERIES) expect(topHits(loaded, terms, 60)).toEqual(topHits(packed, terms, 60));
  });

  it('rebuilds a lunr index that answers fuzzy and required terms as the original does', () => {
    const rebuilt = packed.lunr();
    const fuzzy: QueryTerm[] = [
      { word: 'istambul', fuzzy: true },
      { word: 'talks', required: true },
    ];
    expect(refAndScore(topHits(packed, fuzzy, 60))).toEqual(
      refAndScore(searchTerms(lunrIndex, fuzzy).slice(0, 60)),
    );
    for (const [, terms] of QUERIES)
      expect(searchTerms(rebuilt, terms)).toEqual(searchTerms(lunrIndex, terms));
  });
});
