import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** One fact a multi-point answer should contain: any of these strings, cited verbatim from `src`. */
export interface PointGold {
  any: string[];
  src: string;
}

export const QUESTION_KINDS = [
  'worded',
  'paraphrase',
  'typo',
  'summary',
  'recency',
  'followup',
  'chitchat',
  'unanswerable',
] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
export type SplitName = 'train' | 'test';

/**
 * The gold files, as described in shared/eval/README.md, plus the optional fields of the people-typed set
 * (test/fixtures/README.md): `kind`, `split`, `points` for summaries, `expect: 'not-answer'` for chit-chat and
 * follow-ups that must not get a search hit.
 */
export interface QaGold {
  id: string;
  q: string;
  any?: string[];
  src?: string;
  abstain?: boolean;
  kind?: QuestionKind;
  split?: SplitName;
  points?: PointGold[];
  expect?: 'not-answer';
}
export interface QuoteGold {
  id: string;
  quote: string;
  speaker: string;
  src: string;
  how?: string;
}
export interface NonQuoteGold {
  id: string;
  text: string;
  why?: string;
}
export interface TimelineGold {
  id: string;
  date: string;
  any: string[];
  src: string;
  how?: string;
}

export interface GoldSet {
  qa: QaGold[];
  quotes: QuoteGold[];
  nonQuotes: NonQuoteGold[];
  timeline: TimelineGold[];
}

function parseJsonl<T>(text: string, file: string): T[] {
  return text
    .split('\n')
    .map((line, i) => ({ line, i }))
    .filter(({ line }) => line.trim())
    .map(({ line, i }) => {
      try {
        return JSON.parse(line) as T;
      } catch (error) {
        throw new Error(`${file}:${i + 1}: not JSON (${String(error)})`);
      }
    });
}

async function readJsonl<T>(file: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return [];
  }
  return parseJsonl<T>(text, file);
}

/**
 * Reads one question set (`--set FILE`) and checks every line is scorable, so a typo in a gold line is an
 * error rather than a silent failure counted against the bot.
 */
export async function readQaSet(file: string): Promise<QaGold[]> {
  const rows = parseJsonl<QaGold>(await readFile(file, 'utf8'), file);
  const problems = rows.flatMap((row, i) => {
    const where = `${file}:${i + 1}`;
    const out: string[] = [];
    if (typeof row.id !== 'string' || typeof row.q !== 'string') out.push(`${where}: needs id and q`);
    const expects = [row.abstain === true, row.expect === 'not-answer', Array.isArray(row.any)];
    if (expects.filter(Boolean).length !== 1)
      out.push(`${where}: needs exactly one of any[], abstain: true, expect: "not-answer"`);
    if (row.any && typeof row.src !== 'string') out.push(`${where}: any[] needs a src`);
    if (row.kind !== undefined && !QUESTION_KINDS.includes(row.kind)) out.push(`${where}: unknown kind`);
    if (row.split !== undefined && row.split !== 'train' && row.split !== 'test')
      out.push(`${where}: split is train or test`);
    for (const point of row.points ?? [])
      if (!Array.isArray(point.any) || typeof point.src !== 'string')
        out.push(`${where}: each point needs any[] and src`);
    return out;
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return rows;
}

/** Reads every `*-qa.jsonl`, `*-quotes.jsonl`, `*-nonquotes.jsonl` and `*-timeline.jsonl` in a folder. */
export async function readGold(dir: string): Promise<GoldSet> {
  const files = await readdir(dir);
  const of = async <T>(suffix: string) =>
    (
      await Promise.all(files.filter((f) => f.endsWith(suffix)).map((f) => readJsonl<T>(join(dir, f))))
    ).flat();
  return {
    qa: await of<QaGold>('-qa.jsonl'),
    quotes: await of<QuoteGold>('-quotes.jsonl'),
    nonQuotes: await of<NonQuoteGold>('-nonquotes.jsonl'),
    timeline: await of<TimelineGold>('-timeline.jsonl'),
  };
}
