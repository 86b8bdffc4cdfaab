import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.js';
import {
  buildSearchIndex,
  indexFromTerms,
  indexTerms,
  type PassageDocument,
} from '../../src/search/lunr-index.js';
import { SearchIndex } from '../../src/search/search-index.js';
import { KNOWLEDGE_DIR } from '../helpers.js';

/**
 * The build computes the index from each passage's cached terms instead of running lunr's builder; it must
 * be lunr's index exactly — the same terms in the same order, the same vectors, the same rounded floats.
 */
describe('the index from cached terms', () => {
  let passages: PassageDocument[];
  beforeAll(async () => {
    const { articles } = await loadKnowledge(KNOWLEDGE_DIR);
    passages = articles.flatMap((article) =>
      article.sentences.map((s, i) => ({
        id: s.id,
        text: s.text,
        // headings, entity names and empty fields as the build gives them
        heading: i % 7 === 0 ? 'What happens next' : '',
        entities: /Lavrov/.test(s.text) ? 'Sergey Lavrov Lavrov' : '',
        title: article.title,
      })),
    );
  });

  const lunrs = (documents: PassageDocument[]) => SearchIndex.fromLunr(buildSearchIndex(documents)).toJSON();
  const ours = (documents: PassageDocument[]) =>
    indexFromTerms(
      documents.map((d) => d.id),
      documents.map(indexTerms),
    );

  it("equals lunr's on the bundled articles", () => {
    expect(ours(passages)).toEqual(lunrs(passages));
  });

  it("equals lunr's on one passage, and on passages with words repeated across fields", () => {
    const one = passages.slice(0, 1);
    expect(ours(one)).toEqual(lunrs(one));
    const repeated = passages.slice(0, 20).map((p) => ({ ...p, entities: `${p.text} ${p.text}` }));
    expect(ours(repeated)).toEqual(lunrs(repeated));
  });

  it("loads as a search index over every passage, with lunr's terms", () => {
    const index = SearchIndex.load(ours(passages));
    expect(index.refs).toHaveLength(passages.length);
    expect(index.terms).toEqual(SearchIndex.fromLunr(buildSearchIndex(passages)).terms);
  });
});
