import { wordTags } from '../nlp/entities/lexicon.js';
import { NAMING_FRAME } from './cues.js';
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
  // Title Case and no sentence punctuation: the name of a plan, a law, an operation
  if (count <= 5 && !/[.!?…]$/.test(words) && words.split(/\s+/).every((w) => /^[\p{Lu}\d]/u.test(w))) {
    if (!/[,:]\s*$/.test(before)) return 'name';
  }
  // a short phrase used as a noun after a determiner, unless a naming frame makes it someone's words
  const determiner = /\b(a|an|the|its|their|his|her|so-called)\s+([\p{Ll}-]+\s+){0,2}$/u.exec(before);
  const modifiers = determiner?.[0].trim().split(/\s+/).slice(1) ?? [];
  // "a potential “reassurance force”" is a noun phrase; "the need for “a lasting peace”" is not
  const nounPhrase = determiner !== null && modifiers.every(isModifier);
  if (count <= 3 && nounPhrase && !NAMING_FRAME.test(before)) return 'scare-quote';
  return undefined;
}

/** Two or more short quotes joined only by commas, "and", "or": a list of terms nobody said. */
function isList(text: string, span: QuoteSpan, all: QuoteSpan[]): boolean {
  const i = all.indexOf(span);
  const joins = (a: QuoteSpan | undefined, b: QuoteSpan | undefined) =>
    a !== undefined && b !== undefined && /^[\s,;]*(and|or)?\s*$/.test(text.slice(a.close + 1, b.open));
  const short = (s: QuoteSpan | undefined) =>
    s !== undefined && text.slice(s.start, s.end).trim().split(/\s+/).length <= 5;
  return (
    short(span) &&
    ((joins(all[i - 1], span) && short(all[i - 1])) || (joins(span, all[i + 1]) && short(all[i + 1])))
  );
}
