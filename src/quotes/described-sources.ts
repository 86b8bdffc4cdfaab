import { isGroupNoun, isPersonNoun } from '../nlp/wordnet.js';
import { SPEECH_VERBS } from './cues.js';

/**
 * Speakers the text describes with a common noun rather than a list of this corpus's words: the noun's
 * first WordNet sense says whether it is a body of people ("the bureau", "the airline", "the company's
 * board": noun.group) or a person ("farmers in central Arizona", "a police officer at the roadblock":
 * noun.person). Each is a phrase found in a range of text, as `{ index, 0 }` like a regular-expression
 * match, for subjectsIn to judge as it judges its patterns' matches.
 */
export interface PhraseMatch {
  index: number;
  0: string;
}

// what may follow a subject's phrase: the range's end (the verb's place), punctuation, an auxiliary or a
// verb of speaking ("… fought Doukoure's men in 2014, said": a phrase before a preposition is an object)
const AFTER_HEAD = new RegExp(
  `^(?:\\s*$|\\s*[,.;:]|\\s+(?:\\p{Ll}+ly\\s+)?(?:also|has|had|have|was|is|would|will|${[...SPEECH_VERBS].join('|')})\\b)`,
  'u',
);

// "the …", "its …", "Hessenwerk's …", "the company's …": then up to three lowercase words, one the head
const GROUP_PHRASE =
  /\b(?:[Tt]he\s+(?:[\p{Ll}-]+['’]s\s+)?|[Ii]ts\s+|[Tt]heir\s+|\p{Lu}[\p{L}-]+['’]s\s+)((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b/gu;

// "The Bureau of Reclamation", "the Civil Protection Department": capitalised words, the last the head
const NAMED_GROUP =
  /\b[Tt]he\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?(\p{Lu}\p{Ll}{2,})\b(?!\s+\p{Lu})(?:\s+(?:of|for|on)\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|on|and|the)\s+){0,2}\p{Lu}[\p{L}'’-]*)*)*/gu;

/** Institutions named by a group noun: "the bureau", "the company's board", "The Bureau of Reclamation". */
export function groupPhrases(text: string): PhraseMatch[] {
  const found = headedPhrases(text, GROUP_PHRASE, isGroupNoun);
  for (const match of text.matchAll(NAMED_GROUP)) {
    if (isGroupNoun(match[1]!.toLowerCase())) found.push({ index: match.index, 0: match[0] });
  }
  return found;
}

// up to two phrases after the head: "at the roadblock on the coastal road", "in central Arizona"
// words that end a phrase's modifiers: another phrase or clause begins there
const FUNCTION_WORDS =
  '(?:at|on|in|from|near|outside|inside|with|for|of|by|to|the|a|an|and|or|but|who|which|that)';
const TAIL = new RegExp(
  `^\\s+(?:at|on|in|from|near|outside|inside|with|for|of)\\s+(?:(?:the|a|an)\\s+)?(?:(?!${FUNCTION_WORDS}\\s)[\\p{Ll}-]+\\s+){0,2}(?!${FUNCTION_WORDS}\\b)(?:[\\p{Ll}-]+|\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2})(?![\\p{L}'’-])`,
  'u',
);

function withTail(text: string, at: number): number {
  let end = at;
  for (let i = 0; i < 2; i++) {
    const tail = TAIL.exec(text.slice(end));
    if (!tail || SPEECH_VERBS.has(tail[0].trim().split(/\s+/).at(-1)!)) break;
    end += tail[0].length;
  }
  return end;
}

// "a police officer", "an elderly fisherman": one person, by an indefinite determiner, then up to three words
const ONE_PERSON = /\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)\b/gu;
// "Farmers in central Arizona", "Local fishermen": a bare plural that opens the range
const BARE_PLURAL = /^\s*((?:(?:\p{Lu}[\p{L}'’-]*|[\p{Ll}-]+)\s+){0,2}\p{L}+)\b/u;

/**
 * The head among a phrase's first words (the words after `at`): the first word with the sense `fits`
 * whose phrase (with its tail) is followed by what may follow a subject. The end of that phrase.
 */
function headEnd(
  text: string,
  at: number,
  words: string,
  fits: (word: string) => boolean,
): number | undefined {
  let offset = at;
  for (const word of words.split(/(\s+)/)) {
    offset += word.length;
    if (!/\p{L}/u.test(word) || word.length < 3 || !fits(word)) continue;
    const end = withTail(text, offset);
    if (AFTER_HEAD.test(text.slice(end))) return end;
  }
  return undefined;
}

/**
 * Each match of `pattern` (its group 1: the words after the determiner) whose head among those words has
 * the sense `fits`, up to the end of the head's phrase.
 */
function headedPhrases(text: string, pattern: RegExp, fits: (word: string) => boolean): PhraseMatch[] {
  const found: PhraseMatch[] = [];
  for (const match of text.matchAll(pattern)) {
    const at = match.index + match[0].length - match[1]!.length;
    const end = headEnd(text, at, match[1]!, fits);
    if (end !== undefined) found.push({ index: match.index, 0: text.slice(match.index, end) });
  }
  return found;
}

/** Unnamed people described by a person noun: "a police officer at the roadblock", "Farmers in …". */
export function personPhrases(text: string): PhraseMatch[] {
  const found = headedPhrases(text, ONE_PERSON, isPersonNoun);
  const plural = BARE_PLURAL.exec(text);
  if (plural) {
    const start = plural[0].length - plural[0].trimStart().length;
    const end = headEnd(text, start, plural[1]!, (w) => /s$/.test(w) && isPersonNoun(w.toLowerCase()));
    if (end !== undefined) found.push({ index: start, 0: text.slice(start, end) });
  }
  return found;
}
