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

interface CompromiseVerb {
  text: string;
  offset: { start: number; length: number };
  verb?: { grammar?: { tense?: string; form?: string; isInfinitive?: boolean } };
}

// planned or scheduled: "is expected to hold", "is set to meet", "plans to visit", "is scheduled for"
const FUTURE_FRAME =
  /^\s*(?:\w+\s+)?(?:(?:going|expected|scheduled|set|due|planning|planned|poised|slated|intends|intend|plans|plan)\s+to|(?:scheduled|set|planned|slated|due)\s+(?:for|on))\b/i;
const MODAL_FUTURE = /\b(?:will|shall|would|['’]ll)\b/i;

type Doc = ReturnType<typeof nlp>;

// offsets and grammar only: each verb's words as JSON (terms, text) would double what verbGroups costs
const VERB_JSON = { offset: true, terms: false, text: false, normal: false } as object;
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
  const verbs = parse.doc.verbs().json(VERB_JSON) as CompromiseVerb[];
  return verbs.map((verb) => {
    const start = verb.offset.start - parse.at;
    const end = start + verb.offset.length;
    const grammar = verb.verb?.grammar ?? {};
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
