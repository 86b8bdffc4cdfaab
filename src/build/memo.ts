import {
  classifiedRuns,
  firstNameAnswers,
  lookedUpWords,
  rememberFirstNameAnswers,
  rememberRuns,
  rememberWords,
} from '../nlp/entities/index.js';
import { cacheKey, readCache, writeCache } from '../search/cache.js';
import { rememberOpeners, taggedOpeners } from '../timeline/index.js';

/**
 * What the corpus-wide steps ask compromise about single words and runs of capitalised words (the
 * entity table's places and organisations), about timeline lines that open with a pronoun, and what the
 * first-name lists say of names, kept between builds: each answer depends on nothing but the
 * words and the engine version (the cache key), so a rebuild after one article changed asks only about
 * the new ones. One file per engine version; a lost or unreadable one only makes the build slower.
 */
interface Memo {
  words: [string, string[]][];
  runs: [string, { name: string; type: 'place' | 'organisation' }[]][];
  /** timeline lines opening with a plural pronoun, and whether their second word is a noun */
  openers: [string, boolean][];
  /** what the first-name lists said of each word looked up */
  firstNames: ReturnType<typeof firstNameAnswers>;
}

export interface MemoState {
  key: string;
  /** how many answers the file held, to write it only when a build learned more */
  size: number;
}

export async function restoreMemo(cacheDir: string): Promise<MemoState> {
  const key = await cacheKey([]);
  const read = await readCache(cacheDir, key, acceptMemo, 'memo');
  if (read.status !== 'hit') return { key, size: 0 };
  rememberWords(read.value.words);
  rememberRuns(read.value.runs);
  rememberOpeners(read.value.openers);
  rememberFirstNameAnswers(read.value.firstNames);
  return { key, size: sizeOf(read.value) };
}

export async function saveMemo(cacheDir: string, state: MemoState): Promise<void> {
  const memo: Memo = {
    words: lookedUpWords(),
    runs: classifiedRuns(),
    openers: taggedOpeners(),
    firstNames: firstNameAnswers(),
  };
  if (sizeOf(memo) > state.size) await writeCache(cacheDir, state.key, memo, 'memo');
}

const sizeOf = (memo: Memo) =>
  memo.words.length +
  memo.runs.length +
  memo.openers.length +
  memo.firstNames.genders.length +
  memo.firstNames.listed.length;

function acceptMemo(data: unknown): Memo {
  const memo = data as Partial<Memo>;
  if (
    !Array.isArray(memo?.words) ||
    !Array.isArray(memo.runs) ||
    !Array.isArray(memo.openers) ||
    !Array.isArray(memo.firstNames?.genders) ||
    !Array.isArray(memo.firstNames.listed)
  )
    throw new Error('not a memo');
  return memo as Memo;
}
