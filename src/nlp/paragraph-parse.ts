import { tagged } from './compromise.js';
import type { SentenceParse } from './dates/tense.js';

type Doc = ReturnType<typeof tagged>;
export type TaggedTerm = { tags?: Set<string>; offset: { start: number; length: number } };

/**
 * The sentences of one paragraph parsed by compromise at once (a parse per paragraph costs less than one
 * per sentence): their tagged terms, and each sentence's parse for what needs its verbs. A sentence has
 * a parse of its own here only where compromise split the paragraph exactly where the segmenter did
 * (one compromise sentence over the same words): compromise tags and chunks a sentence by itself, so
 * that is the parse the sentence alone would get. Elsewhere `sentence()` is undefined and the caller
 * parses the sentence alone.
 */
export class ParsedParagraph {
  /** where each sentence starts in the paragraph's text (the sentences joined by single spaces) */
  readonly starts: number[] = [];
  private readonly doc: Doc;
  private own: (number | undefined)[] | undefined;
  private readonly chunked = new Set<number>();

  constructor(private readonly texts: readonly string[]) {
    let text = '';
    for (const [i, sentence] of texts.entries()) {
      if (i > 0) text += ' ';
      this.starts.push(text.length);
      text += sentence;
    }
    this.doc = tagged(text);
    this.doc.compute('offset');
  }

  /** every term, in order, with its tags and offset in the paragraph's text */
  terms(): TaggedTerm[] {
    return this.doc.docs.flat() as unknown as TaggedTerm[];
  }

  /** which of the texts a paragraph offset falls in */
  sentenceAt(offset: number): number {
    let at = 0;
    while (at + 1 < this.starts.length && offset >= this.starts[at + 1]!) at++;
    return at;
  }

  /** the parse of sentence `i` (0-based within the paragraph) as compromise would parse it alone */
  sentence(i: number): SentenceParse | undefined {
    this.own ??= this.align();
    const index = this.own[i];
    if (index === undefined) return undefined;
    const doc = this.doc.eq(index) as Doc;
    if (!this.chunked.has(index)) {
      // nlp() runs phrase chunking last; tagging left it out, and verbs() reads it. It chunks each
      // compromise sentence by its own terms, so the sentences no one asks about are left alone
      doc.compute('chunks');
      this.chunked.add(index);
    }
    return { doc, at: this.starts[i]! };
  }

  /** per sentence, the compromise sentence over exactly its words, if there is one */
  private align(): (number | undefined)[] {
    const owner: (number | undefined)[] = this.texts.map(() => undefined);
    const split = new Set<number>();
    (this.doc.docs as unknown as TaggedTerm[][]).forEach((terms, index) => {
      const of = new Set(terms.map((term) => this.sentenceAt(term.offset.start)));
      const [only] = of;
      const inside =
        only !== undefined &&
        terms.every(
          (term) => term.offset.start + term.offset.length <= this.starts[only]! + this.texts[only]!.length,
        );
      if (of.size !== 1 || !inside || owner[only] !== undefined) {
        for (const i of of) split.add(i);
        return;
      }
      owner[only] = index;
    });
    return owner.map((index, i) => (split.has(i) ? undefined : index));
  }
}
