import lunr from 'lunr';

/**
 * The search index as the engine keeps and caches it: lunr's own field vectors (its BM25 weights), packed
 * into typed arrays, and each term's postings derived from them on load. lunr builds it; queries run on
 * it (see top-hits.ts); a full lunr.Index is rebuilt from it only if a query needs lunr's query engine.
 * lunr's JSON holds an object per posting; this holds numbers, so a cached start-up parses less than half
 * as much and the heap holds a fraction of it.
 */
export interface SerialisedSearchIndex {
  format: 1;
  fields: string[];
  /** labels of lunr's search pipeline (the stemmer), as lunr serialises them */
  pipeline: string[];
  /** document refs, in the order lunr added them: the order of its postings */
  refs: string[];
  /** terms by lunr's term index */
  terms: string[];
  /** per document, per field: how many elements its vector has */
  counts: number[];
  /** the vectors' elements, concatenated: term indexes ascending within a vector, and their weights */
  indices: number[];
  values: number[];
}

export class SearchIndex {
  readonly fields: string[];
  readonly refs: string[];
  readonly terms: string[];
  /** lunr's search pipeline: query words go through it (the stemmer) as lunr would run them */
  readonly pipeline: lunr.Pipeline;
  /** where the vector of (document d, field f) starts in `indices`/`values`: offsets[d * fields + f] */
  readonly offsets: Int32Array;
  readonly indices: Int32Array;
  readonly values: Float64Array;
  /** per term, its postings across fields in document order: postingStart[t] … postingStart[t + 1] */
  readonly postingStart: Int32Array;
  readonly postingDocs: Int32Array;
  readonly postingWeights: Float64Array;
  private readonly termIndexOf: Map<string, number>;
  private readonly pipelineLabels: string[];
  private lunrIndex: lunr.Index | undefined;

  private constructor(data: Omit<SerialisedSearchIndex, 'format' | 'counts'> & { offsets: Int32Array }) {
    this.fields = data.fields;
    this.refs = data.refs;
    this.terms = data.terms;
    this.pipelineLabels = data.pipeline;
    this.pipeline = lunr.Pipeline.load(data.pipeline);
    this.offsets = data.offsets;
    this.indices = Int32Array.from(data.indices);
    this.values = Float64Array.from(data.values);
    this.termIndexOf = new Map(this.terms.map((term, i) => [term, i]));
    // postings, counting sort by term: documents stay in order within each term
    const perTerm = new Int32Array(this.terms.length + 1);
    for (const termIndex of this.indices) perTerm[termIndex + 1]!++;
    for (let t = 0; t < this.terms.length; t++) perTerm[t + 1]! += perTerm[t]!;
    this.postingStart = perTerm.slice();
    this.postingDocs = new Int32Array(this.indices.length);
    this.postingWeights = new Float64Array(this.indices.length);
    const next = perTerm;
    const fields = this.fields.length;
    for (let doc = 0; doc < this.refs.length; doc++) {
      for (let j = this.offsets[doc * fields]!; j < this.offsets[(doc + 1) * fields]!; j++) {
        const at = next[this.indices[j]!]!++;
        this.postingDocs[at] = doc;
        this.postingWeights[at] = this.values[j]!;
      }
    }
  }

  /** Packs a freshly built lunr index. */
  static fromLunr(index: lunr.Index): SearchIndex {
    const json = index.toJSON() as unknown as {
      fields: string[];
      fieldVectors: [string, number[]][];
      invertedIndex: [string, { _index: number }][];
      pipeline: string[];
    };
    const terms: string[] = [];
    for (const [term, posting] of json.invertedIndex) terms[posting._index] = term;
    const field = new Map(json.fields.map((name, i) => [name, i]));
    const docOf = new Map<string, number>();
    const refs: string[] = [];
    const vectors: number[][][] = [];
    for (const [fieldRef, elements] of json.fieldVectors) {
      const slash = fieldRef.indexOf('/');
      const ref = fieldRef.slice(slash + 1);
      let doc = docOf.get(ref);
      if (doc === undefined) {
        doc = refs.length;
        docOf.set(ref, doc);
        refs.push(ref);
        vectors.push(json.fields.map(() => []));
      }
      vectors[doc]![field.get(fieldRef.slice(0, slash))!] = elements;
    }
    const counts: number[] = [];
    const indices: number[] = [];
    const values: number[] = [];
    for (const perField of vectors) {
      for (const elements of perField) {
        counts.push(elements.length / 2);
        for (let i = 0; i < elements.length; i += 2) {
          indices.push(elements[i]!);
          values.push(elements[i + 1]!);
        }
      }
    }
    return SearchIndex.load({
      format: 1,
      fields: json.fields,
      pipeline: json.pipeline,
      refs,
      terms,
      counts,
      indices,
      values,
    });
  }

  static load(data: SerialisedSearchIndex): SearchIndex {
    if (data.format !== 1) throw new Error(`unknown search index format ${String(data.format)}`);
    const offsets = new Int32Array(data.counts.length + 1);
    data.counts.forEach((count, i) => {
      offsets[i + 1] = offsets[i]! + count;
    });
    return new SearchIndex({ ...data, offsets });
  }

  toJSON(): SerialisedSearchIndex {
    const counts = Array.from(this.offsets.subarray(1), (end, i) => end - this.offsets[i]!);
    return {
      format: 1,
      fields: this.fields,
      pipeline: this.pipelineLabels,
      refs: this.refs,
      terms: this.terms,
      counts,
      indices: Array.from(this.indices),
      values: Array.from(this.values),
    };
  }

  termIndex(term: string): number | undefined {
    return this.termIndexOf.get(term);
  }

  /** The lunr.Index these vectors came from, rebuilt once on first use: for queries lunr must run. */
  lunr(): lunr.Index {
    if (this.lunrIndex) return this.lunrIndex;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
    this.terms.forEach((term, i) => {
      const posting: Record<string, unknown> = { _index: i };
      for (const field of this.fields) posting[field] = {};
      invertedIndex[term] = posting;
    });
    const fieldVectors: Record<string, lunr.Vector> = {};
    for (let doc = 0; doc < this.refs.length; doc++) {
      this.fields.forEach((field, f) => {
        const elements: number[] = [];
        const at = doc * this.fields.length + f;
        for (let j = this.offsets[at]!; j < this.offsets[at + 1]!; j++) {
          elements.push(this.indices[j]!, this.values[j]!);
          (invertedIndex[this.terms[this.indices[j]!]!]![field] as Record<string, object>)[this.refs[doc]!] =
            {};
        }
        fieldVectors[`${field}/${this.refs[doc]}`] = new lunr.Vector(elements);
      });
    }
    this.lunrIndex = new lunr.Index({
      invertedIndex,
      fieldVectors,
      tokenSet: (lunr.TokenSet as unknown as { fromArray(words: string[]): lunr.TokenSet }).fromArray(
        Object.keys(invertedIndex).sort(),
      ),
      fields: this.fields,
      pipeline: this.pipeline,
    } as unknown as lunr.Index.Attributes);
    return this.lunrIndex;
  }
}
