import nlp from 'compromise';
import { indexWords } from '../search/normalise.js';
import { relatedPlaceWord } from './demonyms.js';
import { stem } from './stems.js';
import { STOP_WORDS } from './stop-words.js';
import { synonymsOf } from './synonyms.js';

export type QuestionType = 'who' | 'when' | 'where' | 'quantity' | 'why' | 'how' | 'what' | 'yes-no';

export interface QuestionTerm {
  word: string;
  stem: string;
  /** stems that count as the same term: the place for a demonym and back, synonyms */
  alternatives: string[];
}

export interface QuestionAnalysis {
  text: string;
  type: QuestionType;
  /** content words, in order, without repeats */
  terms: QuestionTerm[];
  /** proper names as typed ("Xi Jinping", "Peskov"): each must appear in the articles to be answerable */
  names: string[];
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
  ['why', /^(\w+ )?why\b|\bwhat (is|was) the reason\b/],
  ['how', /^(\w+ )?how\b/],
  ['yes-no', /^(is|are|was|were|do|does|did|can|could|will|would|has|have|had|should)\b/],
];

export function questionType(question: string): QuestionType {
  const lower = question.toLowerCase().trim();
  return TYPE_PATTERNS.find(([, pattern]) => pattern.test(lower))?.[0] ?? 'what';
}

/** Proper names in a question: compromise's proper nouns, plus capitalised words it missed mid-sentence. */
export function namesIn(question: string): string[] {
  const found = new Set<string>();
  for (const name of nlp(question).match('#ProperNoun+').out('array') as string[]) {
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
    terms.push({ word, stem: s, alternatives });
  }
  return { text: question, type: questionType(question), terms, names: namesIn(question) };
}
