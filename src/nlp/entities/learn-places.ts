import type { Article } from '../../knowledge/types.js';
import { nlp } from '../compromise.js';
import { countryOf } from '../demonyms.js';
import { SPEECH_VERBS } from '../reporting-verbs.js';
import { capitalisedRuns, isCapitalised, isPossessive } from './capitalised-runs.js';
import { isListedFirstName } from './first-names.js';
import { isCommonWord, isDateWord, isPlaceWord, wordTags } from './lexicon.js';
import { editDistance, type Token, tokenise } from './normalise.js';
import {
  adjacent,
  INSTITUTION_HEADS,
  inOrganisationContext,
  ORGANISATION_NOUNS,
  TITLE_HEADS,
} from './roles.js';

export interface PlaceSighting {
  name: string;
  type: 'place' | 'organisation';
  /** the full name this one is short for ("Delta Quay" for Delta Quay Terminals) */
  shortFor?: string | undefined;
}

// "in Donbas", "the bombing on Sumy": a capitalised word after these is a place
const LOCATIVE = new Set(['in', 'on', 'at', 'to', 'from', 'near', 'across', 'into', 'towards']);

/**
 * Places and organisations, from runs of capitalised words that are not people or titles: single words
 * compromise's lexicon knows ("Crimea", "NATO"), longer names compromise recognises in the run alone
 * ("International Monetary Fund", "Eastern Europe"), unknown words after "in"/"on" ("in Donbas"), and a
 * word the text writes as "the Kremlin" at least twice where it heads its phrase (an institution), and
 * an unknown name the text gives an organisation's noun ("the armed group Zarnytsia", "Naftorez, the
 * state gas company,") that is the subject of a verb of speaking: an organisation, learned from the
 * context as a person is from a title ("Zarnytsia said …").
 * Runs are classified one at a time and cached, so a whole sentence never goes through compromise.
 */
export function learnPlaces(
  articles: Article[],
  personWords: ReadonlySet<string>,
  /** each article's clues from an earlier build, reused where they still hold (cluesHold) */
  cached: readonly (PlaceClues | undefined)[] = [],
  /** hears each article's clues as used, and whether they were the cached ones */
  onClues?: (clues: PlaceClues[], reused: boolean[]) => void,
): PlaceSighting[] {
  const reused = articles.map((_, i) => cached[i] !== undefined && cluesHold(cached[i]!, personWords));
  const clues = articles.map((article, i) => (reused[i] ? cached[i]! : placeClues(article, personWords)));
  onClues?.(clues, reused);
  const { sightings, definite, located, speaking, cued, contextual, runs } = emptyTallies();
  // in article order, as one pass over every sentence would meet them: the sets keep first sightings first
  for (const clue of clues) {
    sightings.push(...clue.sightings);
    for (const [name, count] of clue.definite) definite.set(name, (definite.get(name) ?? 0) + count);
    for (const name of clue.located) located.add(name);
    for (const name of clue.speaking) speaking.add(name);
    for (const name of clue.cued) cued.add(name);
    for (const name of clue.contextual ?? []) contextual.add(name);
    for (const run of clue.runs ?? []) runs.add(run);
  }
  // "Delta Quay said …" after "Delta Quay Terminals", "Okoro said" after "Okoro Petroleum": an
  // organisation's first words alone are its short name, unless they are a common word, a place, a
  // demonym, a person's name or the start of another organisation's name
  const organisations = new Set([
    ...contextual,
    ...sightings.filter((s) => s.type === 'organisation' && /\s/.test(s.name)).map((s) => s.name),
  ]);
  for (const run of runs) {
    const owners = [...organisations].filter((name) => name.startsWith(`${run} `));
    if (countryOf(run) || personWords.has(run.toLowerCase())) continue;
    if (owners.length !== 1 || located.has(run) || isPlaceWord(run) || (!/\s/.test(run) && isCommonWord(run)))
      continue;
    sightings.push({ name: run, type: 'organisation', shortFor: owners[0] });
  }
  for (const name of located) sightings.push({ name, type: 'place' });
  for (const [name, count] of definite)
    if (count >= 2 && !located.has(name)) sightings.push({ name, type: 'organisation' });
  for (const name of speaking) {
    if (!cued.has(name) || located.has(name) || INSTITUTION_HEADS.has(name.toLowerCase())) continue;
    // a first name ("Bohdan said") is a person's; a word a letter from a person's name is that name misspelt
    if (isListedFirstName(name) || nearPersonWord(name, personWords)) continue;
    sightings.push({ name, type: 'organisation' });
  }
  return sightings;
}

/**
 * What one article's sentences say of its places and organisations, before the corpus-wide counts: the
 * runs it classifies, the words it writes after "the" (with how often) and after "in", those that speak
 * and those an organisation's noun names. They depend on the article and on which of its words are
 * people's (the corpus's person words), so they are cached with the person words they asked about and
 * reused while every one of those gets the same answer (`cluesHold`): a new article rarely changes them.
 * Plain JSON.
 */
export interface PlaceClues {
  sightings: PlaceSighting[];
  definite: [name: string, count: number][];
  located: string[];
  speaking: string[];
  cued: string[];
  /** names of two or more words their context calls an organisation ("The port company, Delta Quay Terminals,") */
  contextual?: string[];
  /** every capitalised run, for the short names of those organisations */
  runs?: string[];
  /** the words asked about that were person words, and those that were not */
  personWords: { present: string[]; absent: string[] };
}

/** What the places pass gathers, over one article (placeClues) or, merged in order, over all (learnPlaces). */
function emptyTallies() {
  return {
    sightings: [] as PlaceSighting[],
    definite: new Map<string, number>(),
    located: new Set<string>(),
    speaking: new Set<string>(),
    cued: new Set<string>(),
    contextual: new Set<string>(),
    runs: new Set<string>(),
  };
}

/** Whether the corpus's person words answer every question the clues asked as before. */
export function cluesHold(clues: PlaceClues, personWords: ReadonlySet<string>): boolean {
  return (
    clues.personWords.present.every((word) => personWords.has(word)) &&
    !clues.personWords.absent.some((word) => personWords.has(word))
  );
}

export function placeClues(article: Article, personWords: ReadonlySet<string>): PlaceClues {
  const asked = new Map<string, boolean>();
  const isPersonWord: ReadonlySet<string> = {
    has(word: string) {
      let answer = asked.get(word);
      if (answer === undefined) {
        answer = personWords.has(word);
        asked.set(word, answer);
      }
      return answer;
    },
  } as ReadonlySet<string>;
  const { sightings, definite, located, speaking, cued, contextual, runs } = emptyTallies();
  for (const sentence of article.sentences) {
    const text = sentence.text;
    const tokens = tokenise(text);
    for (const run of capitalisedRuns(text, tokens)) {
      runs.add(text.slice(tokens[run.from]!.start, tokens[run.to - 1]!.end));
      for (const part of splitRun(tokens.slice(run.from, run.to), isPersonWord)) {
        const name = text.slice(part[0]!.start, part[part.length - 1]!.end);
        // "the Daily Courier", "the Defence Ministry": a capitalised name with an institution's head
        const before = tokens[tokens.indexOf(part[0]!) - 1];
        if (before?.norm === 'the' && part.length >= 2 && INSTITUTION_HEADS.has(part.at(-1)!.norm)) {
          sightings.push({ name, type: 'organisation' });
        } else if (
          part.length >= 2 &&
          !part.some((t) => isPlaceWord(t.raw)) &&
          inOrganisationContext(text, part[0]!.start, part.at(-1)!.end)
        ) {
          // "The port company, Delta Quay Terminals,", "Azione Verde, the largest opposition party"
          sightings.push({ name, type: 'organisation' });
          contextual.add(name);
        } else sightings.push(...classifyRun(name));
      }
    }
    tokens.forEach((token, i) => {
      const before = tokens[i - 1];
      const next = tokens[i + 1];
      if (!isCapitalised(token) || !isUnknownWord(token, isPersonWord)) return;
      // "Naftorez, the state gas company, said": the appositive names what it is, then it speaks
      const appositive = ORGANISATION_APPOSITIVE.exec(text.slice(token.end));
      // "Mourchid, the armed group that fought …, said": the verb after the whole appositive
      const afterAppositive = /^,[^,;:]{1,90},\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)/u.exec(
        text.slice(token.end),
      )?.[1];
      if (speaksNext(text, tokens, i) || (afterAppositive && SPEECH_VERBS.has(afterAppositive)))
        speaking.add(token.raw);
      // "Havenbond, which represents …": people take "who"
      if (
        (before && ORGANISATION_NOUNS.has(before.norm)) ||
        appositive ||
        inOrganisationContext(text, token.start, token.end)
      )
        cued.add(token.raw);
      if (!before) return;
      // a word that modifies a noun ("the Easter holidays") is not named as a thing in its own right
      if (next && adjacent(text, token, next) && !isPossessive(token) && isNounLike(next)) return;
      const name = text.slice(token.start, token.end);
      if (LOCATIVE.has(before.norm)) located.add(name);
      if (before.norm === 'the' && i >= 2) definite.set(name, (definite.get(name) ?? 0) + 1);
    });
  }
  const present: string[] = [];
  const absent: string[] = [];
  for (const [word, answer] of asked) (answer ? present : absent).push(word);
  return {
    sightings,
    definite: [...definite],
    located: [...located],
    speaking: [...speaking],
    cued: [...cued],
    contextual: [...contextual],
    runs: [...runs],
    personWords: { present, absent },
  };
}

const ORGANISATION_APPOSITIVE = new RegExp(
  `^,\\s+(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${[...ORGANISATION_NOUNS].join('|')})\\s*,`,
  'u',
);

/** A word a letter or two from a person's name ("Pesko" for Peskov) is that name misspelt. */
function nearPersonWord(word: string, personWords: ReadonlySet<string>): boolean {
  const key = word.toLowerCase();
  const limit = key.length >= 9 ? 2 : 1;
  for (const other of personWords)
    if (Math.abs(other.length - key.length) <= limit && editDistance(other, key, limit) <= limit) return true;
  return false;
}

/** A verb of speaking right after the word, perhaps past an adverb: "Zarnytsia (also) said". */
function speaksNext(text: string, tokens: Token[], at: number): boolean {
  for (let i = at + 1; i <= at + 2 && i < tokens.length; i++) {
    if (!/^\s+$/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) return false;
    if (SPEECH_VERBS.has(tokens[i]!.norm)) return true;
    if (!/ly$/.test(tokens[i]!.norm)) return false;
  }
  return false;
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
