import { wordTags } from '../nlp/entities/lexicon.js';
import { NAMING_FRAME, SPEECH_VERBS } from './cues.js';
import type { QuoteSpan } from './pair-quotes.js';

/** a word that can sit between a determiner and its noun: "a potential", "the so-called" */
function isModifier(word: string): boolean {
  const tags = wordTags(word);
  return !['Preposition', 'Verb', 'Copula', 'Conjunction', 'Determiner', 'Pronoun'].some((tag) =>
    tags.has(tag),
  );
}

/**
 * Quotation marks that do not quote anyone: the names of things ("Victory Plan"), scare quotes
 * (a potential “reassurance force”) and lists of quoted keywords (“Putin Zelenskyy ceasefire,” “Russia
 * Ukraine talks,” and …). Each rule returns why, for tests and debugging.
 */
export function notSpeech(text: string, span: QuoteSpan, all: QuoteSpan[]): string | undefined {
  const words = text.slice(span.start, span.end).trim();
  const count = words.split(/\s+/).length;
  const before = text.slice(Math.max(0, span.open - 40), span.open);
  if (isList(text, span, all)) return 'keyword-list';
  // Title Case and no sentence punctuation: the name of a plan, a summit, a coalition ("Coalition of the
  // Willing", "Grain from Ukraine")
  if (count <= 6 && !/[.!?…]$/.test(words) && isTitleCased(words)) {
    if (!/[,:]\s*$/.test(before)) return 'name';
  }
  // a short phrase used as a noun after a determiner, unless a naming frame makes it someone's words
  const determiner = /\b(a|an|the|its|their|his|her|so-called)\s+([\p{Ll}-]+\s+){0,2}$/u.exec(before);
  const modifiers = determiner?.[0].trim().split(/\s+/).slice(1) ?? [];
  // "a potential “reassurance force”" is a noun phrase; "the need for “a lasting peace”" is not
  const nounPhrase = determiner !== null && modifiers.every(isModifier);
  if (count <= 3 && nounPhrase && !NAMING_FRAME.test(before) && !spokenFrame(text, span))
    return 'scare-quote';
  return undefined;
}

const SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'for',
  'from',
  'in',
  'on',
  'to',
  'a',
  'an',
  'at',
  'by',
  'with',
]);

function isTitleCased(words: string): boolean {
  const list = words.split(/\s+/);
  return /^[\p{Lu}\d]/u.test(list[0]!) && list.every((w) => /^[\p{Lu}\d]/u.test(w) || SMALL_WORDS.has(w));
}

/**
 * A verb of speaking a few words before the quote in its clause makes a short phrase someone's words:
 * "praised the mediators for their “patience”", "calling it a “stunt”", "described a “very useful” meeting".
 */
function spokenFrame(text: string, span: QuoteSpan): boolean {
  const clause =
    text
      .slice(Math.max(0, span.open - 80), span.open)
      .split(/[.;!?]\s/)
      .at(-1) ?? '';
  const words = clause.match(/\p{L}+/gu) ?? [];
  return words.slice(-6).some((word) => SPEECH_VERBS.has(word));
}

// what introduces a list of quoted terms: "keywords like", "search terms such as"
const TERMS = /\b(keywords?|terms?|phrases?|hashtags?|searches|queries|slogans?|tags?|labels?)\b/i;

/**
 * Short quotes joined only by commas, "and", "or": three or more are a list of terms nobody said, and so
 * are two after a word like "keywords". Two alone ("called the talks “useful” and “frank”") are speech.
 */
function isList(text: string, span: QuoteSpan, all: QuoteSpan[]): boolean {
  const joins = (a: QuoteSpan, b: QuoteSpan) => /^[\s,;]*(and|or)?\s*$/.test(text.slice(a.close + 1, b.open));
  const short = (s: QuoteSpan) => text.slice(s.start, s.end).trim().split(/\s+/).length <= 5;
  let first = all.indexOf(span);
  let last = first;
  while (first > 0 && joins(all[first - 1]!, all[first]!)) first--;
  while (last < all.length - 1 && joins(all[last]!, all[last + 1]!)) last++;
  const chain = all.slice(first, last + 1);
  if (chain.length < 2 || !chain.every(short)) return false;
  return chain.length >= 3 || TERMS.test(text.slice(Math.max(0, chain[0]!.open - 40), chain[0]!.open));
}
