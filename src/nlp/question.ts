import { indexWords } from '../text/normalise.js';
import { nlp, tagged } from './compromise.js';

type Doc = ReturnType<typeof nlp>;

import { relatedPlaceWord } from './demonyms.js';
import { stem } from './stems.js';
import { STOP_WORDS } from './stop-words.js';
import { synonymsOf } from './synonyms.js';

export type QuestionType =
  | 'who'
  | 'organisation'
  | 'when'
  | 'where'
  | 'quantity'
  | 'why'
  | 'said'
  | 'how'
  | 'what'
  | 'yes-no';

export interface QuestionTerm {
  word: string;
  stem: string;
  /** stems that count as the same term: the place for a demonym and back, synonyms */
  alternatives: string[];
  /** a word naming the kind of answer wanted ("organisation", "city"): it need not appear in the answer */
  answerKind: boolean;
}

export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  /** content words, in order, without repeats */
  terms: QuestionTerm[];
  /** proper names as typed ("Xi Jinping", "Peskov"): each must appear in the articles to be answerable */
  names: string[];
  /** what a what/which/how-many question asks about: "weather" in "What is the weather in Kyiv?" */
  focus: string | undefined;
  /** the focus and the noun of its "of" phrase; all must occur in the articles */
  focusNouns: string[];
}

// nouns that say what kind of answer is wanted rather than what it is about
const ANSWER_KIND_NOUNS = new Set(
  'name names kind kinds type types sort date dates day days weekday year years time times month week city cities country countries place places percentage percent share number amount proportion part parts way ways reason reasons role thing things one ones point points organisation organisations organization organizations group groups agency agencies entity person people individual figure'.split(
    ' ',
  ),
);

// compromise tags "does" in "How much does a barrel cost" as a main verb; for finding the focus it is not
const AUXILIARIES = new Set(
  'do does did has have had is are was were be been will would can could should may might must'.split(' '),
);

const PARTICLES = new Set('aside up out off down away back over'.split(' '));

interface TaggedTerm {
  text: string;
  normal: string;
  tags: string[];
}

/**
 * The first common noun after the question word, before the main verb: the thing a what/which/how-many
 * question is about. Proper nouns are left to the name check; auxiliaries and copulas don't end the search.
 */
export function questionFocus(question: string): string | undefined {
  return focusNouns(question)[0];
}

/**
 * The focus and the noun of its "of" phrase: ["rate", "ruble"] for "What is the exchange rate of the
 * Russian ruble?". Each must occur in the articles for the question to be answerable from them.
 */
export function focusNouns(question: string, doc: Doc = nlp(question)): string[] {
  const terms = (doc.terms().json() as { terms: TaggedTerm[] }[]).map((t) => t.terms[0]!);
  const start = terms.findIndex((t) => t.tags.includes('QuestionWord'));
  if (start < 0) return [];
  for (const term of terms.slice(start + 1, start + 8)) {
    const tags = new Set(term.tags);
    if (AUXILIARIES.has(term.normal)) continue;
    if (tags.has('Verb') && !tags.has('Copula') && !tags.has('Auxiliary')) return [];
    if (
      !tags.has('Noun') ||
      tags.has('ProperNoun') ||
      tags.has('Place') ||
      tags.has('Person') ||
      tags.has('Organization')
    )
      continue;
    if (tags.has('Pronoun') || tags.has('Acronym')) continue;
    const word = term.normal.replace(/['’]s$/, '');
    if (ANSWER_KIND_NOUNS.has(word)) continue;
    // "set aside", "line up": a word before a particle is a phrasal verb that compromise took for a noun
    const next = terms[terms.indexOf(term) + 1];
    if (next && PARTICLES.has(next.normal)) return [];
    const head = headIndex(terms, terms.indexOf(term));
    const complement = ofComplement(terms, head);
    return [normalOf(terms[head]!), ...(complement ? [complement] : [])];
  }
  return [];
}

// order matters: "how many" before "how", "until when" before anything starting with a preposition
const TYPE_PATTERNS: [QuestionType, RegExp][] = [
  [
    'quantity',
    /\b(how (many|much|long|far|big|large)|what (percentage|percent|share|number|amount|proportion|sum))\b/,
  ],
  ['when', /^(\w+ )?(when|what (date|day|time|year|month|week))\b|\b(until|since|by) when\b/],
  ['where', /^(\w+ )?where\b|\bin (what|which) (city|country|capital|place|town|region)\b/],
  [
    'who',
    /^(\w+ )?(who|whom|whose)\b|^(which|what) (person|people|official|officials|leader|leaders|minister|president|envoy|spokes\w+)\b/,
  ],
  [
    'organisation',
    /^(\w+ )?(which|what) (organi[sz]ation|institution|agency|company|group|body|bodies|organi[sz]ations|institutions|agencies)\b/,
  ],
  ['why', /^(\w+ )?why\b|\bwhat (is|was) the reason\b/],
  // "What did Peskov say …", "How did Zelensky describe …": the answer is someone's words
  [
    'said',
    /^(what|how) (did|does|has|have|had) .{2,60}\b(say|said|tell|told|describe|call|claim|warn|stress|write|announce)\b/,
  ],
  ['how', /^(\w+ )?how\b/],
  ['yes-no', /^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/],
];

export function questionType(question: string): QuestionType {
  const lower = question.toLowerCase().trim();
  return TYPE_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'what';
}

/** Proper names in a question: compromise's proper nouns, plus capitalised words it missed mid-sentence. */
export function namesIn(question: string, doc: Doc = nlp(question)): string[] {
  const found = new Set<string>();
  for (const name of doc.match('#ProperNoun+').out('array') as string[]) {
    const clean = name
      .replace(/['’]s\b/gi, '')
      .replace(/[^\p{L}\p{N}\s.-]/gu, '')
      .trim();
    if (clean) found.add(clean);
  }
  const words = question.split(/\s+/);
  words.forEach((word, i) => {
    const clean = word.replace(/['’]s$/i, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (i > 0 && /^\p{Lu}\p{Ll}+/u.test(clean) && !STOP_WORDS.has(clean.toLowerCase())) found.add(clean);
  });
  // keep multi-word names and drop their parts listed alone
  const all = [...found];
  return all.filter((name) => !all.some((other) => other !== name && other.split(/\s+/).includes(name)));
}

/** The last noun of a run of common nouns: "minister" in "prime minister". */
function headIndex(terms: TaggedTerm[], index: number): number {
  let head = index;
  while (terms[head + 1]?.tags.includes('Noun') && !terms[head + 1]?.tags.includes('ProperNoun')) head++;
  return head;
}

function normalOf(term: TaggedTerm): string {
  return term.normal.replace(/['’]s$/, '');
}

/** "of [the] [adjectives] NOUN" right after the head: the common noun, if there is one. */
function ofComplement(terms: TaggedTerm[], head: number): string | undefined {
  if (terms[head + 1]?.normal !== 'of') return undefined;
  for (const term of terms.slice(head + 2, head + 6)) {
    const tags = new Set(term.tags);
    if (tags.has('Determiner') || tags.has('Adjective') || tags.has('Demonym')) continue;
    const common = tags.has('Noun') && !tags.has('ProperNoun') && !tags.has('Pronoun') && !tags.has('Place');
    return common && !ANSWER_KIND_NOUNS.has(normalOf(term)) ? normalOf(term) : undefined;
  }
  return undefined;
}

export function analyseQuestion(question: string): QuestionAnalysis {
  const seen = new Set<string>();
  const terms: QuestionTerm[] = [];
  for (const word of indexWords(question)) {
    if (STOP_WORDS.has(word) || word.length < 2) continue;
    const s = stem(word);
    if (seen.has(s)) continue;
    seen.add(s);
    const related = [relatedPlaceWord(word), ...synonymsOf(word)].filter((w): w is string => w !== undefined);
    const alternatives = [...new Set(related.flatMap((w) => w.split(' ')).map(stem))].filter((a) => a !== s);
    terms.push({ word, stem: s, alternatives, answerKind: ANSWER_KIND_NOUNS.has(word) });
  }
  const type = questionType(question);
  // one parse serves both the focus and the names: compromise is most of a question's cost
  const doc = tagged(question);
  const nouns = type === 'what' || type === 'quantity' || type === 'who' ? focusNouns(question, doc) : [];
  return { text: question, type, terms, names: namesIn(question, doc), focus: nouns[0], focusNouns: nouns };
}
