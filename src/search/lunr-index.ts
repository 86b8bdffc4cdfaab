import lunr from 'lunr';
import { normaliseForIndex } from '../text/normalise.js';

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

// the pipeline lunr's builder runs over every field's tokens (lunr() sets up the same three)
const INDEX_PIPELINE = new lunr.Pipeline();
INDEX_PIPELINE.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);

/**
 * A document's terms as lunr's builder makes them, per field in FIELD_BOOSTS order: the normalised text
 * through lunr's tokenizer and pipeline (trimmer, stop words, stemmer). Worked out per article and
 * cached, so a rebuild's index does not tokenise and stem every passage again.
 */
export function indexTerms(doc: PassageDocument): string[][] {
  return FIELDS.map((field) =>
    INDEX_PIPELINE.run(tokenize(normaliseForIndex(doc[field]), { fields: [field] })).map(String),
  );
}

// lunr's tokenizer takes the metadata its builder passes (the field), which its typings leave out
const tokenize = lunr.tokenizer as unknown as (text: string, metadata: object) => lunr.Token[];

/**
 * Builds the lunr index over sentences. Positions are not stored: we never highlight, and they double its
 * size. `terms` (indexTerms of each document, when the build has them) skip lunr's tokenizer and
 * pipeline: lunr takes a field given as an array as its tokens, and the pipeline is left empty, so the
 * index is the one lunr builds from the text.
 */
export function buildSearchIndex(documents: PassageDocument[], terms?: readonly string[][][]): lunr.Index {
  return lunr(function build() {
    this.ref('id');
    for (const [field, boost] of Object.entries(FIELD_BOOSTS)) this.field(field, { boost });
    if (terms) {
      this.pipeline.reset();
      documents.forEach((doc, i) => {
        const fields = terms[i]!;
        this.add({ id: doc.id, ...Object.fromEntries(FIELDS.map((field, f) => [field, fields[f]])) });
      });
      return;
    }
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
