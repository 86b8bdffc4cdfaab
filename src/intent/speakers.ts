import { nlp } from '../nlp/compromise.js';
import { isCountryOrCapital, isDemonym } from '../nlp/demonyms.js';
import { INSTITUTION_HEADS } from '../nlp/entities/index.js';

/**
 * Does a phrase name a person who could be quoted ("Lavrov", "the Kremlin spokesperson")? Countries,
 * institutions, groups and documents do not: "what did Russia say" is a question for /ask, which can cite
 * a passage, while /who-said lists one person's quotes. When unsure, the answer is no (prefer /ask).
 */

// heads that stand for one person: "the Ukrainian president", "Putin's spokesman"
const ROLE_HEADS = new Set([
  'president',
  'minister',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'envoy',
  'chancellor',
  'secretary',
  'premier',
  'leader',
  'negotiator',
  'ambassador',
  'adviser',
  'advisor',
  'aide',
  'general',
  'commander',
  'chief',
  'diplomat',
  'mediator',
]);

// groups, sides and documents: general English for what is reported on, not quoted as one person.
// Places and organisations are not listed here: the world-countries package knows countries and
// capitals, compromise other places, and the entity layer the rest (Route.speaker, runLine).
const NOT_PEOPLE = new Set(
  'media press government administration delegation delegations side sides allies officials analysts experts observers critics leaders people west article articles report reports story piece text source sources author writer survey poll'.split(
    ' ',
  ),
);

const PRONOUNS =
  /^(the|a|an|all|any|some|my|your|our|their|his|her|its|it|they|them|he|she|we|you|i|everyone|everybody|anyone|anybody|someone|somebody|nobody|this|that|these|those|who|what|which|each|both|either|neither|other|others)$/i;
const DETERMINER = /^(the|a|an|this|that|these|those|some|any|all)\s+/i;
const POSSESSIVE = /['’]s?$/;

export function isPersonLike(phrase: string): boolean {
  const text = phrase.trim().replace(/[?!.,;:]+$/, '');
  if (!text || PRONOUNS.test(text)) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  // "Macron and Starmer": several people at once is beyond one /who-said query
  if (words.some((word) => /^(and|or|&|with)$/i.test(word))) return false;
  const lower = text.toLowerCase().replace(DETERMINER, '');
  const head = lower.split(/\s+/).pop()!.replace(POSSESSIVE, '');
  if (NOT_PEOPLE.has(lower) || NOT_PEOPLE.has(head)) return false;
  // "Russia", "Moscow", "the Russians", "the foreign ministry": a country, a capital, a people, an institution
  if (isCountryOrCapital(lower) || isDemonym(head.replace(/s$/, '')) || INSTITUTION_HEADS.has(head))
    return false;
  if (ROLE_HEADS.has(head)) return true;
  // a determiner before anything but a role ("the ceasefire", "the deal") is a thing, not a person
  if (DETERMINER.test(text)) return false;
  const doc = nlp(text);
  if (doc.has('#Person')) return true;
  if (doc.has('(#Place|#Organization|#Demonym|#Country|#City)')) return false;
  if (doc.has('#Verb') || doc.has('#Pronoun')) return false;
  // unknown names ("Witkoff", "zelensky") get guessed tags; ordinary words rarely follow "what did … say"
  return words.length <= 3 || words.every((word) => /^\p{Lu}/u.test(word));
}
