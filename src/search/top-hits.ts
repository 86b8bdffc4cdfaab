import lunr from 'lunr';
import { type Hit, type QueryTerm, safeTerms, searchTerms } from './lunr-index.js';
import type { SearchIndex } from './search-index.js';

/**
 * The best `limit` hits of a query, exactly as lunr's `index.query` would rank them — same documents,
 * same scores, same order of ties — without its per-query cost. lunr builds match metadata for every
 * posting of every term in every field; here a query adds up each term's packed postings into one
 * estimate per document, and only the few documents near the cut-off get lunr's own arithmetic.
 * Fuzzy or required terms go to lunr itself.
 *
 * @example
 * topHits(kb.index, [{ word: 'istanbul', boost: 2.1 }, { word: 'talks', boost: 0.4 }], 60)[0]?.ref
 * // "2025-04-22-ukraine-ceasefire-talks-gain-momentum-after#31"
 */
export function topHits(index: SearchIndex, terms: QueryTerm[], limit: number): Hit[] {
  if (terms.some((term) => term.fuzzy || term.required))
    return searchTerms(index.lunr(), terms).slice(0, limit);
  const clauses = safeTerms(terms);
  if (clauses.length === 0 || limit <= 0) return [];
  return scratchOf(index).query(clauses, limit);
}

interface QueryTermInfo {
  termIndex: number;
  /** the first clause that asked for it: lunr meets documents clause by clause, which orders ties */
  firstClause: number;
}

// relative slack between the summed estimate and lunr's arithmetic, which adds in another order
const SLACK = 1e-9;

// lunr 2.3.9 passes the clause's fields as token metadata; @types/lunr omits the argument
interface SearchPipeline {
  runString(text: string, metadata: { fields: string[] }): string[];
}

/** Per-index scratch space reused by every query: no allocation proportional to the corpus per query. */
class Scratch {
  private readonly estimate: Float64Array;
  private readonly touched: Int32Array;
  // an estimate can stay 0 (lunr rounds tiny weights to 0), so a document's mark is kept apart
  private readonly marked: Uint8Array;

  constructor(private readonly index: SearchIndex) {
    this.estimate = new Float64Array(index.refs.length);
    this.touched = new Int32Array(index.refs.length);
    this.marked = new Uint8Array(index.refs.length);
  }

  query(clauses: QueryTerm[], limit: number): Hit[] {
    const { index } = this;
    // the query vector exactly as lunr builds it: each clause's stem, boosts of a repeated stem added
    const queryVector = new lunr.Vector([]);
    const terms: QueryTermInfo[] = [];
    const pipeline = index.pipeline as unknown as SearchPipeline;
    clauses.forEach((clause, i) => {
      for (const term of pipeline.runString(clause.word, { fields: index.fields })) {
        const termIndex = index.termIndex(term);
        if (termIndex === undefined) continue;
        queryVector.upsert(termIndex, clause.boost ?? 1, (a, b) => a + b);
        if (!terms.some((t) => t.termIndex === termIndex)) terms.push({ termIndex, firstClause: i });
      }
    });
    if (terms.length === 0) return [];
    const elements = elementsOf(queryVector);

    // estimate every matching document's score from the postings
    const { estimate, touched, marked } = this;
    let count = 0;
    for (const { termIndex } of terms) {
      const boost = elements[positionOf(elements, termIndex) + 1]!;
      for (let j = index.postingStart[termIndex]!; j < index.postingStart[termIndex + 1]!; j++) {
        const doc = index.postingDocs[j]!;
        if (marked[doc] === 0) {
          marked[doc] = 1;
          touched[count++] = doc;
        }
        estimate[doc]! += boost * index.postingWeights[j]!;
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

    // lunr's own score and order of ties for the few documents that can make the cut
    const scored = near.map((doc) => this.exactScore(doc, terms, queryVector));
    scored.sort((a, b) => b.score - a.score || a.clause - b.clause || a.field - b.field || a.doc - b.doc);
    return scored.slice(0, limit).map((s) => ({ ref: index.refs[s.doc]!, score: s.score }));
  }

  /**
   * The score lunr gives a document: for each field holding a query term, the similarity of the query
   * vector with the field's vector, summed in the order lunr first met those fields; and lunr's order of
   * ties, by (first clause, first field, document).
   */
  private exactScore(doc: number, terms: QueryTermInfo[], queryVector: lunr.Vector) {
    const { index } = this;
    const matched: { clause: number; field: number }[] = [];
    for (let field = 0; field < index.fields.length; field++) {
      const at = doc * index.fields.length + field;
      const start = index.offsets[at]!;
      const end = index.offsets[at + 1]!;
      let clause = Number.POSITIVE_INFINITY;
      for (const term of terms)
        if (term.firstClause < clause && contains(index.indices, start, end, term.termIndex))
          clause = term.firstClause;
      if (clause !== Number.POSITIVE_INFINITY) matched.push({ clause, field });
    }
    matched.sort((a, b) => a.clause - b.clause || a.field - b.field);
    const query = elementsOf(queryVector);
    const magnitude = queryVector.magnitude();
    let score = 0;
    for (const { field } of matched) {
      const at = doc * index.fields.length + field;
      // lunr.Vector#similarity: dot / magnitude || 0, the dot taken in ascending term order
      let dot = 0;
      let i = 0;
      let j = index.offsets[at]!;
      const end = index.offsets[at + 1]!;
      while (i < query.length && j < end) {
        const a = query[i]!;
        const b = index.indices[j]!;
        if (a < b) i += 2;
        else if (a > b) j++;
        else {
          dot += query[i + 1]! * index.values[j]!;
          i += 2;
          j++;
        }
      }
      score += dot / magnitude || 0;
    }
    return { doc, score, clause: matched[0]!.clause, field: matched[0]!.field };
  }
}

function elementsOf(vector: lunr.Vector): number[] {
  return (vector as unknown as { elements: number[] }).elements;
}

/** Position of a term index in a vector's [index, value, …] elements, or -1. */
function positionOf(elements: number[], termIndex: number): number {
  for (let i = 0; i < elements.length; i += 2) if (elements[i] === termIndex) return i;
  return -1;
}

/** Binary search of a vector's ascending term indexes, indices[start … end). */
function contains(indices: Int32Array, start: number, end: number, termIndex: number): boolean {
  let low = start;
  let high = end - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = indices[mid]!;
    if (at === termIndex) return true;
    if (at < termIndex) low = mid + 1;
    else high = mid - 1;
  }
  return false;
}

/** The k-th largest estimate among the touched documents (the smallest one when there are fewer). */
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

const scratches = new WeakMap<SearchIndex, Scratch>();

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    scratch = new Scratch(index);
    scratches.set(index, scratch);
  }
  return scratch;
}
