import { parseArgs } from 'node:util';
import type { FeedbackSummary } from '../../src/index.js';
import { feedbackStoreName, readMostDisliked } from '../feedback-database.js';
import { truncate } from '../shared/index.js';
import { type CommandIo, processIo } from './command-io.js';

const USAGE = 'Usage: talksbot feedback [--limit N] [--json]';

/**
 * `talksbot feedback`: the answers people disliked most (more 👎 than 👍), worst first, each with its
 * question, its answer, the passage it rested on and the vote counts. `--json` prints them as one object.
 */
export async function feedbackCommand(argv: string[], io: CommandIo = processIo()): Promise<number> {
  let values: { limit?: string | undefined; json?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { limit: { type: 'string' }, json: { type: 'boolean', default: false } },
    }));
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const limit = values.limit === undefined ? 20 : Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) {
    io.stderr(`--limit is a whole number of answers, such as 20\n${USAGE}\n`);
    return 2;
  }
  // with DATABASE_URL the replicas' votes are in PostgreSQL; else in the SQLite file
  const file = feedbackStoreName(io.config);
  let worst: FeedbackSummary[];
  try {
    worst = await readMostDisliked(io.config, limit);
  } catch (error) {
    io.stderr(
      `Could not read the votes from ${file}: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  }
  if (values.json) {
    io.stdout(`${JSON.stringify({ file, answers: worst })}\n`);
    return 0;
  }
  if (!worst.length) {
    io.stdout(`No disliked answers yet (votes are kept in ${file}).\n`);
    return 0;
  }
  io.stdout(`The most disliked answers, worst first (from ${file}):\n\n`);
  for (const [i, summary] of worst.entries()) io.stdout(`${describe(summary, i + 1)}\n\n`);
  return 0;
}

function describe(summary: FeedbackSummary, n: number): string {
  const passage = summary.passages[0];
  const lines = [
    `${n}. 👎 ${summary.down}  👍 ${summary.up}  “${oneLine(summary.question, 200)}”`,
    `   answer:  ${oneLine(summary.answer, 300) || '(none)'}`,
  ];
  if (passage) {
    const hash = passage.contentHash ? ` · article hash ${passage.contentHash.slice(0, 12)}` : '';
    lines.push(`   passage: ${passage.articleId} [${passage.start}–${passage.end}]${hash}`);
    if (passage.passage.trim() !== summary.answer.trim())
      lines.push(`            “${oneLine(passage.passage, 300)}”`);
  } else lines.push('   passage: none (the answer cited nothing)');
  lines.push(`   last vote ${summary.lastAt}`);
  return lines.join('\n');
}

/** a terminal line: control characters and line breaks out, shortened at a sentence or word end */
function oneLine(text: string, max: number): string {
  return truncate(
    text
      .replace(/\p{Cf}+/gu, '')
      .replace(/\p{Cc}+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim(),
    max,
  );
}
