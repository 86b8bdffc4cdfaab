import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The gold files, as described in shared/eval/README.md. */
export interface QaGold {
  id: string;
  q: string;
  any?: string[];
  src?: string;
  abstain?: boolean;
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

async function readJsonl<T>(file: string): Promise<T[]> {
  try {
    const text = await readFile(file, 'utf8');
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as T);
  } catch {
    return [];
  }
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
