import { createHash } from 'node:crypto';

/**
 * What a piece of work read from an entity table, each read with the answer it got. A build caches an
 * article's table-dependent work (its mentions, features, quotes, event keys) with these reads; the next
 * build, over a new table, reuses that work when every read gets the same answer from the new table —
 * the work is a function of the article and of those answers, so it would come out the same. A read
 * the recording cannot name (a scan of the whole table) marks the work as depending on all of it.
 *
 * Reads are keys of the table's lookups (mentions.ts answers them): `f:` a form, `p:` whether words
 * begin a longer form, `e:`/`E:` an entity by name (and `…\u0001field` one of its fields), `P:` whether a
 * name is a person's, `z:` the forms of one length a typo may reach.
 */
export interface TableReads {
  /** [read, its answer as JSON], in the order first read */
  reads: [string, string][];
  /** the work read the table in a way no key names: it depends on all of it */
  whole: boolean;
}

class Recorder {
  readonly answers = new Map<string, string>();
  whole = false;
  /** per entity read, the stand-in that records its fields (one per entity, so identity holds) */
  readonly standIns = new Map<object, object>();
  /** work kept for the rest of this recording (recordingMemo), by whose it is */
  readonly memos = new Map<object, Map<string, unknown>>();
}

let recording: Recorder | undefined;

/** Runs `work`, recording every read it makes from any entity table. Not re-entrant. */
export function recordReads<T>(work: () => T): { value: T; reads: TableReads } {
  const outer = recording;
  const recorder = new Recorder();
  recording = recorder;
  try {
    const value = work();
    return { value, reads: { reads: [...recorder.answers], whole: recorder.whole } };
  } finally {
    recording = outer;
  }
}

/** Notes a read while recording; `answer` is called only for a read not yet noted. */
export function noteRead(key: string, answer: () => string): void {
  if (recording && !recording.answers.has(key)) recording.answers.set(key, answer());
}

/** Notes that the work read the table as a whole (every entity, every form). */
export function noteWholeTable(): void {
  if (recording) recording.whole = true;
}

/**
 * While recording, a stand-in for `entity` whose field reads are noted under `key`; the same stand-in for
 * the same entity throughout one recording. Outside a recording, the entity itself.
 */
export function recordedEntity<E extends object>(
  key: string,
  entity: E,
  answer: (field: string) => string,
): E {
  const recorder = recording;
  if (!recorder) return entity;
  let standIn = recorder.standIns.get(entity) as E | undefined;
  if (!standIn) {
    standIn = new Proxy(entity, {
      get(target, field, receiver) {
        if (typeof field === 'string') noteRead(`${key}\u0001${field}`, () => answer(field));
        return Reflect.get(target, field, receiver);
      },
    });
    recorder.standIns.set(entity, standIn);
  }
  return standIn;
}

/**
 * While recording, a memo for work on the table that `owner` stands for, kept until the recording ends:
 * work done again in the same recording makes the reads it made the first time, which are noted already,
 * so its first answer can stand in. Outside a recording, undefined (nothing notes what a memo skips).
 */
export function recordingMemo(owner: object): Map<string, unknown> | undefined {
  const recorder = recording;
  if (!recorder) return undefined;
  let memo = recorder.memos.get(owner);
  if (!memo) {
    memo = new Map();
    recorder.memos.set(owner, memo);
  }
  return memo;
}

export function isRecording(): boolean {
  return recording !== undefined;
}

/**
 * Reads as a cache keeps them: the keys, and one digest of their answers in order. The answers themselves
 * (the entities a form names, one JSON list per word looked up) were most of an article's cached links,
 * read back and compared at every build; the digest holds them to the same answers.
 */
export interface StoredReads {
  keys: string[];
  /** SHA-256 of the answers in order, each framed by its length (framedAnswer) */
  digest: string;
  whole: boolean;
}

export function storeReads(reads: TableReads): StoredReads {
  return {
    keys: reads.reads.map(([key]) => key),
    digest: readsDigest(reads.reads.map(([, answer]) => framedAnswer(answer))),
    whole: reads.whole,
  };
}

/**
 * Whether the new table gives every stored read the answer it got when it was recorded. `framedAnswerOf`
 * gives the framedAnswer of one read's answer in the new table (worked out once per table and read:
 * most reads, "f:in", "p:said", recur in every article).
 */
export function storedReadsHold(stored: StoredReads, framedAnswerOf: (key: string) => string): boolean {
  if (stored.whole) return false;
  return readsDigest(stored.keys.map(framedAnswerOf)) === stored.digest;
}

/** An answer prefixed by its length, so that a run of answers joined together reads back one way only. */
export function framedAnswer(answer: string): string {
  return `${answer.length}:${answer}`;
}

function readsDigest(framedAnswers: readonly string[]): string {
  return createHash('sha256').update(framedAnswers.join('')).digest('base64');
}

/** Whether every recorded read gets the same answer now; `answer` answers one read against the new table. */
export function readsHold(reads: TableReads, answer: (key: string) => string): boolean {
  if (reads.whole) return false;
  for (const [key, expected] of reads.reads) if (answer(key) !== expected) return false;
  return true;
}
