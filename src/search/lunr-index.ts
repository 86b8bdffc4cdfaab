import lunr from 'lunr';
import { stemToken } from '../nlp/stems.js';
import { normaliseForIndex } from '../text/normalise.js';
import type { SerialisedSearchIndex } from './search-index.js';

export interface PassageDocument {
  /** the sentence id */
  id: string;
  text: string;
  /** the section heading above the sentence, if any */
  heading: string;
  /** canonical names and aliases of the entities the sentence mentions */
  entities: string;
  title: string;
}

// entity names are the strongest signal; headings only hint at what a section is about
export const FIELD_BOOSTS = { text: 1, entities: 1.5, heading: 0.3, title: 0.2 } as const;
export type SearchField = keyof typeof FIELD_BOOSTS;

const FIELDS = Object.keys(FIELD_BOOSTS) as SearchField[];

// the pipeline lunr's builder runs over every field's tokens (lunr() sets up the same three; the stemmer
// is lunr's, remembering each word's stem)
const INDEX_PIPELINE = new lunr.Pipeline();
INDEX_PIPELINE.add(lunr.trimmer, lunr.stopWordFilter, stemToken);

/**
 * A document's terms as lunr's builder makes them, per field in FIELD_BOOSTS order: the normalised text
 * through lunr's tokenizer and pipeline (trimmer, stop words, stemmer). Worked out per article and
 * cached, so a rebuild's index does not tokenise and stem every passage again (indexFromTerms).
 */
export function indexTerms(doc: PassageDocument): string[][] {
  return FIELDS.map((field) =>
    INDEX_PIPELINE.run(tokenize(normaliseForIndex(doc[field]), { fields: [field] })).map(String),
  );
}

// lunr's tokenizer takes the metadata its builder passes (the field), which its typings leave out
const tokenize = lunr.tokenizer as unknown as (text: string, metadata: object) => lunr.Token[];

/** Builds the lunr index over sentences. Positions are not stored: we never highlight, and they double its size. */
export function buildSearchIndex(documents: PassageDocument[]): lunr.Index {
  return lunr(function build() {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    for (const doc of documents) {
      this.add({
        id: doc.id,
        text: normaliseForIndex(doc.text),
        heading: normaliseForIndex(doc.heading),
        entities: normaliseForIndex(doc.entities),
        title: normaliseForIndex(doc.title),
      });
    }
  });
}

// lunr's BM25 parameters, as its builder defaults them
const K1 = 1.2;
const B = 0.75;

/**
 * The index buildSearchIndex makes, computed from each document's terms (indexTerms, cached per article)
 * the way lunr's builder computes it — term indexes in order of first use, document frequencies counted
 * per field, lunr's idf, BM25 with its k1 and b over each field's average length, the field's boost, and
 * scores rounded to lunr's three decimals — without lunr's per-posting objects, its token set or its
 * JSON (test/search/index-from-terms.test.ts holds it equal to lunr's).
 */
export function indexFromTerms(refs: readonly string[], terms: readonly string[][][]): SerialisedSearchIndex {
  const termIndex = new Map<string, number>();
  const termList: string[] = [];
  // per term: in how many (document, field) pairs it occurs, lunr's documentsWithTerm
  const withTerm: number[] = [];
  const lengths = FIELDS.map(() => 0);
  const frequencies = terms.map((fields) =>
    FIELDS.map((_, f) => {
      const tf = new Map<number, number>();
      for (const term of fields[f]!) {
        let index = termIndex.get(term);
        if (index === undefined) {
          index = termList.length;
          termIndex.set(term, index);
          termList.push(term);
          withTerm.push(0);
        }
        const count = tf.get(index);
        if (count === undefined) {
          tf.set(index, 1);
          withTerm[index]!++;
        } else tf.set(index, count + 1);
      }
      lengths[f]! += fields[f]!.length;
      return tf;
    }),
  );
  const documents = refs.length;
  const average = lengths.map((length) => length / documents);
  const idf = withTerm.map((count) => Math.log(1 + Math.abs((documents - count + 0.5) / (count + 0.5))));
  const counts: number[] = [];
  const indices: number[] = [];
  const values: number[] = [];
  frequencies.forEach((fields, d) => {
    fields.forEach((tf, f) => {
      const boost = FIELD_BOOSTS[FIELDS[f]!];
      const length = terms[d]![f]!.length;
      const elements = [...tf].sort((a, b) => a[0] - b[0]);
      counts.push(elements.length);
      for (const [index, count] of elements) {
        // the same operations in the same order as lunr.Builder#createFieldVectors, so the same floats
        let score = (idf[index]! * ((K1 + 1) * count)) / (K1 * (1 - B + B * (length / average[f]!)) + count);
        score *= boost;
        indices.push(index);
        values.push(Math.round(score * 1000) / 1000);
      }
    });
  });
  return {
    format: 1,
    fields: [...FIELDS],
    pipeline: ['stemmer'],
    refs: [...refs],
    terms: termList,
    counts,
    indices,
    values,
  };
}

export interface QueryTerm {
  /** a single normalised word */
  word: string;
  boost?: number;
  required?: boolean;
  fuzzy?: boolean;
}

export interface Hit {
  ref: string;
  score: number;
}

/**
 * Runs a query built term by term through lunr's query builder. The user's text never meets lunr's
 * query parser, and terms are re-normalised here so that even a caller's mistake cannot inject syntax.
 */
export function searchTerms(index: lunr.Index, terms: QueryTerm[]): Hit[] {
  const safe = safeTerms(terms);
  if (safe.length === 0) return [];
  return index.query((query) => {
    for (const term of safe) {
      query.term(term.word, {
        boost: term.boost ?? 1,
        presence: term.required ? lunr.Query.presence.REQUIRED : lunr.Query.presence.OPTIONAL,
        ...(term.fuzzy ? { editDistance: term.word.length > 6 ? 2 : 1 } : {}),
      });
    }
  });
}

/** Terms re-normalised into single words: nothing a caller passes can reach lunr as query syntax. */
export function safeTerms(terms: QueryTerm[]): QueryTerm[] {
  return terms.flatMap((term) =>
    normaliseForIndex(term.word)
      .split(' ')
      .filter(Boolean)
      .map((word) => ({ ...term, word })),
  );
}
