import { nlp } from '../compromise.js';
import type { Tense } from './types.js';

/** A verb group in a sentence with its offsets and tense. */
export interface VerbGroup {
  text: string;
  start: number;
  end: number;
  tense: Tense;
  /** compromise's form: "simple-past", "present-perfect", "simple-future" … */
  form: string;
  /** gerunds, participles and infinitives do not anchor a time: "Talking to state media", "lasting" */
  finite: boolean;
}

interface CompromiseGrammar {
  tense?: string;
  form?: string;
  isInfinitive?: boolean;
}

interface CompromiseVerb {
  offset: { start: number; length: number };
  verb?: { grammar?: CompromiseGrammar };
}

// planned or scheduled: "is expected to hold", "is set to meet", "plans to visit", "is scheduled for"
const FUTURE_FRAME =
  /^\s*(?:\w+\s+)?(?:(?:going|expected|scheduled|set|due|planning|planned|poised|slated|intends|intend|plans|plan)\s+to|(?:scheduled|set|planned|slated|due)\s+(?:for|on))\b/i;
const MODAL_FUTURE = /\b(?:will|shall|would|['’]ll)\b/i;

type Doc = ReturnType<typeof nlp>;

// offsets only: the grammar is read per verb group (grammarOf), so the words are left out of the JSON
const SPAN_JSON = { offset: true, terms: false, text: false, normal: false } as object;
// the grammar alone (a Verbs view's json() adds each group's grammar to whatever else is asked for)
const GRAMMAR_JSON = { offset: false, terms: false, text: false, normal: false } as object;

const parsed = new Map<string, Doc>();

/**
 * compromise's parse of a sentence. Parsing is the slow part, and the timeline asks for a sentence's
 * verbs and then its terms, so the last few parses are kept.
 */
export function parseSentence(sentence: string): Doc {
  let doc = parsed.get(sentence);
  if (!doc) {
    doc = nlp(sentence);
    if (parsed.size >= 32) parsed.delete(parsed.keys().next().value as string);
    parsed.set(sentence, doc);
  }
  return doc;
}

/**
 * compromise's parse of one sentence: a document of its own, or one sentence of a larger document (a
 * paragraph parsed at once) whose text starts at `at` there.
 */
export interface SentenceParse {
  doc: Doc;
  at: number;
}

/** The sentence parsed alone. */
export function ownParse(sentence: string): SentenceParse {
  return { doc: parseSentence(sentence), at: 0 };
}

/** The verb groups compromise finds in `sentence`, each tagged past, present or future. */
export function verbGroups(sentence: string, parse: SentenceParse = ownParse(sentence)): VerbGroup[] {
  const found = parse.doc.verbs();
  // as a plain view: the verbs' own json() would work out every group's grammar, and its words
  const spans = found.toView(found.pointer as never).json(SPAN_JSON) as CompromiseVerb[];
  return spans.map((span, i) => {
    const start = span.offset.start - parse.at;
    const end = start + span.offset.length;
    const grammar = grammarOf(found.eq(i) as Doc);
    const text = sentence.slice(start, end);
    const firstWord = /^[\p{L}’']+/u.exec(text)?.[0]?.toLowerCase() ?? '';
    const finite = !grammar.isInfinitive && !/ing$/.test(firstWord);
    let tense: Tense = 'present';
    if (grammar.tense === 'FutureTense' || MODAL_FUTURE.test(text)) tense = 'future';
    else if (grammar.tense === 'PastTense') tense = 'past';
    else if (grammar.form === 'present-progressive' || FUTURE_FRAME.test(sentence.slice(start, end + 30)))
      tense = 'future';
    return { text, start, end, tense, form: grammar.form ?? '', finite };
  });
}

interface CompromiseTerm {
  text: string;
  pre: string;
  post: string;
  normal: string;
  tags?: Set<string>;
  implicit?: string;
  machine?: string;
  alias?: string[];
  switch?: string;
  chunk?: string;
  frozen?: boolean;
}

/** Everything of a term compromise's matching can read: its forms, punctuation, tags and chunk. */
function termKey(term: CompromiseTerm | undefined): string {
  if (!term) return '';
  const tags = term.tags ? [...term.tags].sort().join(',') : '';
  return `${term.pre}\u0001${term.text}\u0001${term.post}\u0001${term.normal}\u0001${term.implicit ?? ''}\u0001${term.machine ?? ''}\u0001${term.alias?.join(',') ?? ''}\u0001${term.switch ?? ''}\u0001${term.chunk ?? ''}\u0001${term.frozen ? 1 : 0}\u0001${tags}`;
}

// compromise's grammar of a verb group by its terms: the same few groups ("said", "will meet", "has
// been") recur in every article, and working one out (its JSON clones the whole paragraph three times)
// is most of what the timeline asks of compromise
const grammars = new Map<string, CompromiseGrammar>();
const GRAMMARS_KEPT = 50_000;

/**
 * compromise's grammar (tense, form, whether an infinitive) of one verb group. It reads the group's own
 * terms and, for "to" before an infinitive, the terms either side, so those are the memo's key.
 */
function grammarOf(verb: Doc): CompromiseGrammar {
  const [n, start, end] = (verb.fullPointer as [number, number, number][])[0]!;
  const terms = (verb.document as unknown as CompromiseTerm[][])[n]!;
  let key = `${termKey(terms[start - 1])}\u0002${termKey(terms[end])}`;
  for (let i = start; i < end; i++) key += `\u0002${termKey(terms[i])}`;
  let grammar = grammars.get(key);
  if (!grammar) {
    // over a document of its sentence alone: working out a grammar copies the whole document three
    // times (a paragraph's, here), and reads nothing outside the verb's own sentence
    const Verbs = verb.constructor as new (document: CompromiseTerm[][], pointer: number[][]) => Doc;
    // no offsets: computing them over this document would rewrite the shared terms' paragraph offsets
    const [json] = new Verbs([terms], [[0, start, end]]).json(GRAMMAR_JSON) as CompromiseVerb[];
    grammar = json?.verb?.grammar ?? {};
    if (grammars.size >= GRAMMARS_KEPT) grammars.clear();
    grammars.set(key, grammar);
  }
  return grammar;
}

/**
 * The verb that governs the phrase at [start, end): the nearest finite verb before it in
 * the same clause ("Peskov told Russian media on Sunday"), else the nearest after it ("On Wednesday,
 * Trump signed …"). Clauses end at semicolons and dashes. Undefined when the sentence has no verb.
 */
export function governingVerb(
  sentence: string,
  start: number,
  end: number,
  verbs = verbGroups(sentence),
): VerbGroup | undefined {
  const [clauseStart, clauseEnd] = clauseAround(sentence, start, end);
  const finite = verbs.filter((v) => v.finite && v.start >= clauseStart && v.end <= clauseEnd);
  const before = finite.filter((v) => v.end <= start).sort((a, b) => b.end - a.end)[0];
  if (before) return before;
  const after = finite.filter((v) => v.start >= end).sort((a, b) => a.start - b.start)[0];
  if (after) return after;
  return verbs.filter((v) => v.finite).sort((a, b) => distance(a, start) - distance(b, start))[0];
}

function clauseAround(sentence: string, start: number, end: number): [number, number] {
  const boundary = /[;—–]|\s-\s/g;
  let from = 0;
  let to = sentence.length;
  for (let m = boundary.exec(sentence); m; m = boundary.exec(sentence)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

function distance(verb: VerbGroup, at: number): number {
  return verb.end <= at ? at - verb.end : verb.start - at;
}
