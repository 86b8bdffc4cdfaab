import type { Article } from '../../knowledge/types.js';
import { nlp } from '../compromise.js';
import { capitalisedRuns, isCapitalised, isPossessive } from './capitalised-runs.js';
import { isCommonWord, isDateWord, isPlaceWord, wordTags } from './lexicon.js';
import { type Token, tokenise } from './normalise.js';
import { adjacent, INSTITUTION_HEADS, TITLE_HEADS } from './roles.js';

export interface PlaceSighting {
  name: string;
  type: 'place' | 'organisation';
}

// "in Donbas", "the bombing on Sumy": a capitalised word after these is a place
const LOCATIVE = new Set(['in', 'on', 'at', 'to', 'from', 'near', 'across', 'into', 'towards']);

/**
 * Places and organisations, from runs of capitalised words that are not people or titles: single words
 * compromise's lexicon knows ("Crimea", "NATO"), longer names compromise recognises in the run alone
 * ("International Monetary Fund", "Eastern Europe"), unknown words after "in"/"on" ("in Donbas"), and a
 * word the text writes as "the Kremlin" at least twice where it heads its phrase (an institution).
 * Runs are classified one at a time and cached, so a whole sentence never goes through compromise.
 */
export function learnPlaces(articles: Article[], personWords: ReadonlySet<string>): PlaceSighting[] {
  const sightings: PlaceSighting[] = [];
  const definite = new Map<string, number>();
  const located = new Set<string>();
  for (const article of articles) {
    for (const sentence of article.sentences) {
      const text = sentence.text;
      const tokens = tokenise(text);
      for (const run of capitalisedRuns(text, tokens)) {
        for (const part of splitRun(tokens.slice(run.from, run.to), personWords)) {
          const name = text.slice(part[0]!.start, part[part.length - 1]!.end);
          // "the Daily Courier", "the Defence Ministry": a capitalised name with an institution's head
          const before = tokens[tokens.indexOf(part[0]!) - 1];
          if (before?.norm === 'the' && part.length >= 2 && INSTITUTION_HEADS.has(part.at(-1)!.norm)) {
            sightings.push({ name, type: 'organisation' });
          } else sightings.push(...classifyRun(name));
        }
      }
      tokens.forEach((token, i) => {
        const before = tokens[i - 1];
        const next = tokens[i + 1];
        if (!before || !isCapitalised(token) || !isUnknownWord(token, personWords)) return;
        // a word that modifies a noun ("the Easter holidays") is not named as a thing in its own right
        if (next && adjacent(text, token, next) && !isPossessive(token) && isNounLike(next)) return;
        const name = text.slice(token.start, token.end);
        if (LOCATIVE.has(before.norm)) located.add(name);
        if (before.norm === 'the' && i >= 2) definite.set(name, (definite.get(name) ?? 0) + 1);
      });
    }
  }
  for (const name of located) sightings.push({ name, type: 'place' });
  for (const [name, count] of definite)
    if (count >= 2 && !located.has(name)) sightings.push({ name, type: 'organisation' });
  return sightings;
}

/** Parts of a capitalised run between people, titles and sentence-opening words. */
function splitRun(words: Token[], personWords: ReadonlySet<string>): Token[][] {
  const parts: Token[][] = [[]];
  for (const word of words) {
    const breaks = personWords.has(word.norm) || TITLE_HEADS.has(word.norm) || isFunctionWord(word.raw);
    if (breaks) parts.push([]);
    else parts[parts.length - 1]!.push(word);
  }
  return parts.filter((part) => part.length > 0);
}

const classified = new Map<string, PlaceSighting[]>();

/** The runs classified so far, and the way to restore them: like lexicon.ts's lookups, a function of the run alone. */
export function classifiedRuns(): [run: string, sightings: PlaceSighting[]][] {
  return [...classified];
}

export function rememberRuns(entries: readonly [string, PlaceSighting[]][]): void {
  for (const [run, sightings] of entries) if (!classified.has(run)) classified.set(run, sightings);
}

function classifyRun(run: string): PlaceSighting[] {
  let found = classified.get(run);
  if (found) return found;
  const words = run.split(/\s+/);
  if (words.length === 1) {
    const tags = wordTags(run);
    if (isDateWord(run)) found = [];
    else if (tags.has('Place') || isPlaceWord(run)) found = [{ name: run, type: 'place' }];
    else if (tags.has('Organization')) found = [{ name: run, type: 'organisation' }];
    else found = [];
  } else if (words.every(isPlaceWord)) {
    // two names side by side ("Russia Ukraine talks") are two places, not one
    found = words.map((name) => ({ name, type: 'place' as const }));
  } else {
    const doc = nlp(run);
    found = [
      ...(doc.places().out('array') as string[]).map((name) => ({ name, type: 'place' as const })),
      ...(doc.organizations().out('array') as string[]).map((name) => ({
        name,
        type: 'organisation' as const,
      })),
    ].filter((sighting) => /\s/.test(sighting.name) || !isCommonWord(sighting.name));
  }
  classified.set(run, found);
  return found;
}

/** "The", "In", "However": capitalised only because they open a sentence */
function isFunctionWord(word: string): boolean {
  const tags = wordTags(word);
  return ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'QuestionWord', 'Adverb'].some((tag) =>
    tags.has(tag),
  );
}

function isUnknownWord(token: Token, personWords: ReadonlySet<string>): boolean {
  if (personWords.has(token.norm) || TITLE_HEADS.has(token.norm) || token.norm.length < 3) return false;
  if (isDateWord(token.raw)) return false;
  return [...wordTags(token.raw)].every((tag) => ['Noun', 'Singular', 'Plural', 'Acronym'].includes(tag));
}

function isNounLike(token: Token): boolean {
  if (isCapitalised(token)) return true;
  const tags = wordTags(token.raw);
  return tags.has('Noun') && !tags.has('Verb') && !tags.has('Adverb');
}
