import lunr from 'lunr';
import { type Hit, type QueryTerm, safeTerms, searchTerms } from './lunr-index.js';

/**
 * The best `limit` hits of a query, exactly as `searchTerms(...).slice(0, limit)` would return them —
 * same documents, same scores, same order — without lunr's per-query cost. lunr builds match metadata
 * for every posting of every term in every field; here each term's postings are flattened once into
 * typed arrays, a query adds them up, and only the few documents near the cut-off are scored with
 * lunr's own vectors. Fuzzy or required terms go to lunr itself.
 */
export function topHits(index: lunr.Index, terms: QueryTerm[], limit: number): Hit[] {
  if (terms.some((term) => term.fuzzy || term.required)) return searchTerms(index, terms).slice(0, limit);
  const clauses = safeTerms(terms);
  if (clauses.length === 0 || limit <= 0) return [];
  return preparedOf(index).query(clauses, limit);
}

interface TermPostings {
  termIndex: number;
  /** documents holding the term in any field */
  docs: Int32Array;
  /** per document, the sum of the term's field weights: an estimate of its part of the score */
  weights: Float64Array;
}

interface QueryTermInfo {
  term: string;
  termIndex: number;
  /** the first clause that asked for it: lunr's order of first matches, which breaks score ties */
  firstClause: number;
  postings: TermPostings;
}

// lunr 2.3.9 passes the clause's fields as token metadata; @types/lunr omits the argument
interface SearchPipeline {
  runString(text: string, metadata: { fields: string[] }): string[];
}

// relative slack between the summed estimate and lunr's own arithmetic (which adds in another order)
const SLACK = 1e-9;

class PreparedIndex {
  private readonly fields: string[];
  private readonly refs: string[] = [];
  private readonly docOf = new Map<string, number>();
  /** lunr's field vectors, by field then document number */
  private readonly vectors: lunr.Vector[][];
  private readonly postings = new Map<string, TermPostings | null>();
  private readonly inverted: Record<string, Record<string, unknown> & { _index: number }>;
  /** the search pipeline (the stemmer) lunr runs each query term through */
  private readonly pipeline: SearchPipeline;
  // scratch space reused by every query: estimates by document, which documents were touched, and a mark
  // per document (an estimate can stay 0 when lunr rounded a weight to 0, so it cannot be the mark)
  private readonly estimate: Float64Array;
  private readonly touched: Int32Array;
  private readonly marked: Uint8Array;

  constructor(index: lunr.Index) {
    const internals = index as unknown as {
      fields: string[];
      fieldVectors: Record<string, lunr.Vector>;
      invertedIndex: Record<string, Record<string, unknown> & { _index: number }>;
      pipeline: SearchPipeline;
    };
    this.pipeline = internals.pipeline;
    this.fields = internals.fields;
    this.inverted = internals.invertedIndex;
    const fieldOf = new Map(this.fields.map((field, i) => [field, i]));
    const byField: lunr.Vector[][] = this.fields.map(() => []);
    // documents are numbered in the order they were added: the order of lunr's postings
    for (const [fieldRef, vector] of Object.entries(internals.fieldVectors)) {
      const slash = fieldRef.indexOf('/');
      const field = fieldOf.get(fieldRef.slice(0, slash))!;
      const ref = fieldRef.slice(slash + 1);
      let doc = this.docOf.get(ref);
      if (doc === undefined) {
        doc = this.refs.length;
        this.refs.push(ref);
        this.docOf.set(ref, doc);
      }
      byField[field]![doc] = vector;
    }
    this.vectors = byField;
    this.estimate = new Float64Array(this.refs.length);
    this.touched = new Int32Array(this.refs.length);
    this.marked = new Uint8Array(this.refs.length);
  }

  query(clauses: { word: string; boost?: number }[], limit: number): Hit[] {
    // the query vector exactly as lunr builds it: each clause's stem, its boost added per occurrence
    const queryVector = new lunr.Vector([]);
    const terms: QueryTermInfo[] = [];
    const seen = new Set<string>();
    clauses.forEach((clause, i) => {
      for (const term of this.pipeline.runString(clause.word, { fields: this.fields })) {
        const postings = this.postingsOf(term);
        if (!postings) continue;
        queryVector.upsert(postings.termIndex, clause.boost ?? 1, (a, b) => a + b);
        if (seen.has(term)) continue;
        seen.add(term);
        terms.push({ term, termIndex: postings.termIndex, firstClause: i, postings });
      }
    });
    if (terms.length === 0) return [];
    const boostOf = new Map<number, number>();
    const elements = (queryVector as unknown as { elements: number[] }).elements;
    for (let i = 0; i < elements.length; i += 2) boostOf.set(elements[i]!, elements[i + 1]!);

    // estimate every matching document's score from the flattened postings
    const { estimate, touched, marked } = this;
    let count = 0;
    for (const { postings, termIndex } of terms) {
      const boost = boostOf.get(termIndex)!;
      const { docs, weights } = postings;
      for (let j = 0; j < docs.length; j++) {
        const doc = docs[j]!;
        if (marked[doc] === 0) {
          marked[doc] = 1;
          touched[count++] = doc;
        }
        estimate[doc]! += boost * weights[j]!;
      }
    }
    const threshold = kthLargest(estimate, touched, count, limit);
    const near: number[] = [];
    for (let j = 0; j < count; j++) {
      const doc = touched[j]!;
      if (estimate[doc]! >= threshold - SLACK * Math.abs(threshold)) near.push(doc);
      estimate[doc] = 0;
      marked[doc] = 0;
    }

    // lunr's own score and tie order for the few documents that can make the cut
    const scored = near.map((doc) => this.exactScore(doc, terms, queryVector));
    scored.sort((a, b) => b.score - a.score || a.clause - b.clause || a.field - b.field || a.doc - b.doc);
    return scored.slice(0, limit).map((s) => ({ ref: this.refs[s.doc]!, score: s.score }));
  }

  /**
   * The score lunr gives a document: per field that holds a query term, the query vector's similarity
   * with the field vector, summed in the order lunr first met those fields; and lunr's tie order,
   * (first clause, first field, document).
   */
  private exactScore(doc: number, terms: QueryTermInfo[], queryVector: lunr.Vector) {
    const matched: { clause: number; field: number }[] = [];
    for (let field = 0; field < this.fields.length; field++) {
      const vector = this.vectors[field]![doc]!;
      let clause = Number.POSITIVE_INFINITY;
      for (const term of terms)
        if (term.firstClause < clause && hasTerm(vector, term.termIndex)) clause = term.firstClause;
      if (clause !== Number.POSITIVE_INFINITY) matched.push({ clause, field });
    }
    matched.sort((a, b) => a.clause - b.clause || a.field - b.field);
    let score = 0;
    for (const { field } of matched) score += queryVector.similarity(this.vectors[field]![doc]!);
    return { doc, score, clause: matched[0]!.clause, field: matched[0]!.field };
  }

  /** A term's postings across fields, flattened once and kept; null for a term the index lacks. */
  private postingsOf(term: string): TermPostings | null {
    let postings = this.postings.get(term);
    if (postings !== undefined) return postings;
    const entry = Object.hasOwn(this.inverted, term) ? this.inverted[term] : undefined;
    postings = null;
    if (entry) {
      const termIndex = entry._index;
      const weightOf = new Map<number, number>();
      this.fields.forEach((field, f) => {
        for (const ref of Object.keys((entry[field] as object | undefined) ?? {})) {
          const doc = this.docOf.get(ref)!;
          weightOf.set(doc, (weightOf.get(doc) ?? 0) + valueAt(this.vectors[f]![doc]!, termIndex));
        }
      });
      const docs = Int32Array.from(weightOf.keys());
      postings = { termIndex, docs, weights: Float64Array.from(docs, (doc) => weightOf.get(doc)!) };
    }
    this.postings.set(term, postings);
    return postings;
  }
}

function elementsOf(vector: lunr.Vector): number[] {
  return (vector as unknown as { elements: number[] }).elements;
}

/** Binary search of a lunr vector's sorted [index, value, index, value, …] elements. */
function positionOf(vector: lunr.Vector, termIndex: number): number {
  const elements = elementsOf(vector);
  let low = 0;
  let high = elements.length / 2 - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = elements[mid * 2]!;
    if (at === termIndex) return mid * 2;
    if (at < termIndex) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}

function hasTerm(vector: lunr.Vector, termIndex: number): boolean {
  return positionOf(vector, termIndex) >= 0;
}

function valueAt(vector: lunr.Vector, termIndex: number): number {
  const at = positionOf(vector, termIndex);
  return at < 0 ? 0 : elementsOf(vector)[at + 1]!;
}

/** The k-th largest estimate among the touched documents (the smallest one when fewer than k). */
function kthLargest(estimate: Float64Array, touched: Int32Array, count: number, k: number): number {
  if (count <= k) {
    let min = Number.POSITIVE_INFINITY;
    for (let j = 0; j < count; j++) min = Math.min(min, estimate[touched[j]!]!);
    return min;
  }
  const values = new Float64Array(count);
  for (let j = 0; j < count; j++) values[j] = estimate[touched[j]!]!;
  return quickselect(values, k - 1);
}

/** The value that would sit at position `n` if `values` were sorted in descending order. */
function quickselect(values: Float64Array, n: number): number {
  let left = 0;
  let right = values.length - 1;
  while (left < right) {
    const pivot = values[(left + right) >> 1]!;
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i]! > pivot) i++;
      while (values[j]! < pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (n <= j) right = j;
    else if (n >= i) left = i;
    else return values[n]!;
  }
  return values[n]!;
}

const prepared = new WeakMap<lunr.Index, PreparedIndex>();

function preparedOf(index: lunr.Index): PreparedIndex {
  let found = prepared.get(index);
  if (!found) {
    found = new PreparedIndex(index);
    prepared.set(index, found);
  }
  return found;
}
