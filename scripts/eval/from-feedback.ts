import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { FeedbackSummary } from '../../src/index.js';
import type { QaGold } from './gold.js';

/**
 * `npm run eval -- --from-feedback`: the answers people disliked in chat, as question lines in the eval's
 * format, for a person to look at and label. Each line has `any: []` and `src: "*"`: what the right answer
 * is, and where, is for the labeller to write (an unlabelled line never passes, so it cannot flatter a
 * score); `disliked` keeps the answer people rejected and the passage it cited. No `split`: the labeller
 * assigns one, so these questions do not drift into test unseen.
 */
export interface FeedbackQuestion extends QaGold {
  disliked: {
    answer: string;
    up: number;
    down: number;
    lastAt: string;
    citation?: FeedbackSummary['passages'][number] | undefined;
  };
}

export function feedbackQuestions(summaries: readonly FeedbackSummary[]): FeedbackQuestion[] {
  return summaries
    .filter((summary) => summary.question.trim())
    .map((summary) => ({
      // from the question, so exporting again gives the same ids and a reviewer can merge by id
      id: `fb-${createHash('sha256').update(summary.question).digest('hex').slice(0, 10)}`,
      q: summary.question,
      any: [],
      src: '*',
      disliked: {
        answer: summary.answer,
        up: summary.up,
        down: summary.down,
        lastAt: summary.lastAt,
        citation: summary.passages[0],
      },
    }));
}

/** Writes the disliked answers (worst first, as the feedback store gives them) as JSONL; returns how many lines. */
export async function writeFeedbackQuestions(
  summaries: readonly FeedbackSummary[],
  out: string,
): Promise<number> {
  const lines = feedbackQuestions(summaries).map((line) => JSON.stringify(line));
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, lines.length ? `${lines.join('\n')}\n` : '');
  return lines.length;
}
