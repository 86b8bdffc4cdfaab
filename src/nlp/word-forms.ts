import { stem } from './stems.js';

/**
 * Regular relations between English word forms that neither the Porter stemmer nor WordNet's pointers
 * give: British and American spellings of one word, and a word and its derivation by a suffix.
 */

// British ↔ American spellings by their regular correspondences (not a word list): the ending on the left
// is rewritten as the one on the right and back, when at least three letters come before it
const SPELLINGS: [RegExp, string, RegExp, string][] = [
  // recognise ↔ recognize, organisation ↔ organization, emphasised ↔ emphasized
  [
    /(\p{L}{3})is(e|es|ed|ing|ation|ations|er|ers)$/u,
    '$1iz$2',
    /(\p{L}{3})iz(e|es|ed|ing|ation|ations|er|ers)$/u,
    '$1is$2',
  ],
  // analyse ↔ analyze
  [/(\p{L}{3})ys(e|es|ed|ing)$/u, '$1yz$2', /(\p{L}{3})yz(e|es|ed|ing)$/u, '$1ys$2'],
  // neighbour ↔ neighbor, behaviour ↔ behavior
  [/(\p{L}{3})our(s|ed|ing|able)?$/u, '$1or$2', /(\p{L}{3}[^aeiou])or(s|ed|ing|able)?$/u, '$1our$2'],
  // centre ↔ center, theatre ↔ theater
  [/(\p{L}{3})tre(s)?$/u, '$1ter$2', /(\p{L}{3})ter(s)?$/u, '$1tre$2'],
  // defence ↔ defense, offence ↔ offense
  [/(\p{L}{1,3})fence(s)?$/u, '$1fense$2', /(\p{L}{1,3})fense(s)?$/u, '$1fence$2'],
  // dialogue ↔ dialog, catalogue ↔ catalog
  [/(\p{L}{3})ogue(s)?$/u, '$1og$2', /(\p{L}{3})og(s)?$/u, '$1ogue$2'],
  // travelled ↔ traveled, cancelling ↔ canceling (a long word, so "filled" is never "filed")
  [/^(\p{L}{4,}[aeiou])ll(ed|ing|er|ers)$/u, '$1l$2', /^(\p{L}{4,}[aeiou])l(ed|ing|er|ers)$/u, '$1ll$2'],
];

const SPELLING_ENDINGS =
  /(?:is|iz)(?:e|es|ed|ing|ation|ations|er|ers)$|(?:ys|yz)(?:e|es|ed|ing)$|o(?:u)?r(?:s|ed|ing|able)?$|t(?:re|er)s?$|fen[cs]es?$|og(?:ue)?s?$|l(?:ed|ing|er|ers)$/;

/** The word's other spellings, British for American and back ("recognise" → ["recognize"]). */
export function otherSpellings(word: string): string[] {
  // every correspondence above rewrites one of these endings: most words have none, and the unicode
  // patterns cost more than this one test
  if (!SPELLING_ENDINGS.test(word)) return [];
  const found = new Set<string>();
  for (const [british, american, americanForm, britishForm] of SPELLINGS) {
    if (british.test(word)) found.add(word.replace(british, american));
    if (americanForm.test(word)) found.add(word.replace(americanForm, britishForm));
  }
  found.delete(word);
  return [...found];
}

// English derivational suffixes as the Porter stemmer leaves them ("threaten" → "threaten", "recognition"
// → "recognit", "agreement" → "agreement"): a stem and the same stem with one of these are one word's
// family (threat ↔ threaten, recogn ↔ recognit, agre ↔ agreement, fail ↔ failur)
const SUFFIXES = [
  'en',
  'er',
  'or',
  'ion',
  'it',
  'at',
  'ment',
  'ement',
  'al',
  'ant',
  'anc',
  'enc',
  'ent',
  'iti',
  'ur',
  'ist',
  'ism',
  'ship',
  'ive',
  'ic',
];
// the shorter stem must be a word of its own, not a prefix ("stat" ≠ "state")
const MIN_BASE = 5;

const families = new WeakMap<Record<string, number>, Map<string, string[]>>();

/**
 * The stems the articles use that are the given stem with a derivational suffix, or the given stem less
 * one ("threat" → ["threaten"], "threaten" → ["threat"]), from an index of the articles' stems built once
 * per knowledge base (so a question costs a lookup per word, not a scan of the vocabulary).
 */
export function derivedStems(stemDf: Record<string, number>, of: string): string[] {
  const family = familyIndex(stemDf);
  const found = new Set(family.get(of) ?? []);
  for (const suffix of SUFFIXES) {
    if (!of.endsWith(suffix)) continue;
    const base = of.slice(0, -suffix.length);
    if (base.length >= MIN_BASE && (stemDf[base] ?? 0) > 0) found.add(base);
  }
  found.delete(of);
  return [...found];
}

function familyIndex(stemDf: Record<string, number>): Map<string, string[]> {
  let index = families.get(stemDf);
  if (index) return index;
  index = new Map();
  for (const known of Object.keys(stemDf)) {
    for (const suffix of SUFFIXES) {
      if (!known.endsWith(suffix)) continue;
      const base = known.slice(0, -suffix.length);
      if (base.length < MIN_BASE) continue;
      const list = index.get(base) ?? [];
      list.push(known);
      index.set(base, list);
    }
  }
  families.set(stemDf, index);
  return index;
}

/** The stems of a word's other spellings. */
export function otherSpellingStems(word: string): string[] {
  return otherSpellings(word).map(stem);
}
