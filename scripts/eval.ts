import { readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, PROJECT_ROOT } from '../adapters/config.js';
import { feedbackStoreName, readMostDisliked } from '../adapters/feedback-database.js';
import type { Answer } from '../src/index.js';
import { formatCorpusReport, runCorpusEval } from './eval/corpus.js';
import { writeFeedbackQuestions } from './eval/from-feedback.js';
import { type QaGold, readGold, readQaSet, type SplitName } from './eval/gold.js';
import { formatSetSummary } from './eval/report.js';
import { runJsonCli } from './eval/run-cli.js';
import { plan, type QaRow, type Section, type SetSummary, scoreRow, summarise } from './eval/score.js';
import { readSeedTexts } from './eval/seeds.js';

/**
 * `npm run eval [-- --gold DIR] [--set FILE …] [--split train|test] [--json | --rows] [--quiet]`: scores the bot the way
 * it is judged — through the CLI's --json mode, one command per stdin line — with the rules of
 * shared/eval/README.md. It always scores the development gold (`--gold`, default test/fixtures/gold) and then
 * each question set (`--set`, default every test/fixtures/*-qa.jsonl) per split: answered right, abstained
 * right, wrong-and-confident, summary points and a reliability table. `--json` prints one object with every
 * per-question row (confidence, correctness and the reply itself), for fitting a calibration on train;
 * `--rows` prints those rows alone, one JSON line each. `--corpus DIR [--split …] [--without-bundled]` scores
 * the development corpus of new articles instead (scripts/eval/corpus.ts; test/fixtures/corpus/README.md).
 * `--from-feedback [--out FILE]` scores nothing: it writes the answers people disliked in chat as question
 * lines to label (scripts/eval/from-feedback.ts), by default to the cache folder's feedback-questions.jsonl.
 */
const ROOT = PROJECT_ROOT;
const FIXTURES = join(ROOT, 'test', 'fixtures');
// `talksbot` as installed (bin/talksbot: from the start-up snapshot when it is current)
export const DEFAULT_COMMAND = [join(ROOT, 'bin', 'talksbot'), '--json'];

export function askCli(lines: string[], command = DEFAULT_COMMAND): Promise<Answer[]> {
  return runJsonCli(lines, command, { cwd: ROOT });
}

export function formatSections(sections: Section[], verbose: boolean): string {
  const rows = sections
    .filter((s) => s.results.length > 0)
    .map((s) => {
      const passed = s.results.filter((r) => r.pass).length;
      const failures = verbose
        ? s.results.filter((r) => !r.pass).map((r) => `      ✗ ${r.id}: ${r.detail.slice(0, 160)}`)
        : [];
      return [
        `  ${s.name.padEnd(18)} ${passed}/${s.results.length}  (${Math.round((100 * passed) / s.results.length)}%)`,
        ...failures,
      ].join('\n');
    });
  return rows.join('\n');
}

export interface SetScore {
  file: string;
  /** train, test, or all for a set without splits */
  split: string;
  summary: SetSummary;
  rows: QaRow[];
}

/** The question sets scored by default: every `*-qa.jsonl` beside the gold folder. */
export async function defaultSets(): Promise<string[]> {
  return (await readdir(FIXTURES))
    .filter((f) => f.endsWith('-qa.jsonl'))
    .sort()
    .map((f) => join(FIXTURES, f));
}

/**
 * Asks every line of every set in one CLI run and scores it per split (`only` keeps one split). Lines are sent
 * as `/ask <q>`, as the held-out sets are.
 */
export async function scoreSets(
  files: string[],
  options: { only?: SplitName; command?: string[]; knowledgeDir?: string } = {},
): Promise<SetScore[]> {
  const sets = await Promise.all(
    files.map(async (file) => ({
      file,
      gold: (await readQaSet(file)).filter((g) => !options.only || g.split === options.only),
    })),
  );
  const all = sets.flatMap((s) => s.gold);
  const answers = await askCli(
    all.map((g) => `/ask ${g.q}`),
    options.command ?? DEFAULT_COMMAND,
  );
  const seeds = await readSeedTexts(options.knowledgeDir ?? join(ROOT, 'knowledge'));
  let i = 0;
  return sets.flatMap(({ file, gold }) => {
    const rows = gold.map((g) => scoreRow(g, answers[i++]!, seeds));
    const splits = [...new Set(gold.map((g: QaGold) => g.split ?? 'all'))].sort().reverse(); // train, test
    return splits.map((split) => {
      const inSplit = rows.filter((r) => r.split === split);
      return { file, split, summary: summarise(inSplit), rows: inSplit };
    });
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      gold: { type: 'string' },
      set: { type: 'string', multiple: true },
      split: { type: 'string' },
      json: { type: 'boolean', default: false },
      rows: { type: 'boolean', default: false },
      quiet: { type: 'boolean', default: false },
      // the development corpus of new articles (test/fixtures/corpus), scored per split: scripts/eval/corpus.ts
      corpus: { type: 'string' },
      'without-bundled': { type: 'boolean', default: false },
      // the disliked answers from chat, written out as questions to label (not scored)
      'from-feedback': { type: 'boolean', default: false },
      out: { type: 'string' },
    },
  });
  if (values['from-feedback']) {
    const config = loadConfig();
    const out = resolve(values.out ?? join(config.cacheDir, 'feedback-questions.jsonl'));
    // the store the bots write to: PostgreSQL with DATABASE_URL (every replica's votes), else the SQLite file
    const written = await writeFeedbackQuestions(await readMostDisliked(config, 100), out);
    process.stdout.write(
      written
        ? `Wrote ${written} disliked ${written === 1 ? 'answer' : 'answers'} as questions to label: ${out} (votes from ${feedbackStoreName(config)})\n`
        : `No disliked answers yet in ${feedbackStoreName(config)}; wrote an empty ${out}\n`,
    );
    return;
  }
  if (values.split !== undefined && values.split !== 'train' && values.split !== 'test')
    throw new Error('--split is train or test');
  const only = values.split as SplitName | undefined;
  if (values.corpus) {
    const report = await runCorpusEval({
      corpusDir: resolve(values.corpus),
      bundledDir: join(ROOT, 'knowledge'),
      command: DEFAULT_COMMAND,
      split: only,
      withBundled: !values['without-bundled'],
      bundledGold: [{ name: 'bundled gold', dir: resolve(values.gold ?? join(FIXTURES, 'gold')) }],
      questionSets: values.set?.length ? values.set.map((f) => resolve(f)) : await defaultSets(),
      compareWithoutCorpus: true,
    });
    process.stdout.write(`${formatCorpusReport(report, !values.quiet)}\n`);
    return;
  }

  const goldDir = resolve(values.gold ?? join(FIXTURES, 'gold'));
  const gold = await readGold(goldDir);
  const { lines, score } = plan(gold);
  const sections = score(await askCli(lines), await readSeedTexts(join(ROOT, 'knowledge')));

  const files = values.set?.length ? values.set.map((f) => resolve(f)) : await defaultSets();
  const sets = await scoreSets(files, { only });

  if (values.rows) {
    // one JSON line per question: what a calibration fit reads (features from the reply, the label `correct`)
    for (const s of sets)
      for (const row of s.rows)
        process.stdout.write(`${JSON.stringify({ set: basename(s.file), ...row })}\n`);
    return;
  }
  if (values.json) {
    const out = {
      gold: {
        dir: goldDir,
        sections: sections.map((s) => ({
          name: s.name,
          passed: s.results.filter((r) => r.pass).length,
          total: s.results.length,
          results: s.results,
        })),
      },
      sets: sets.map((s) => ({ ...s, file: basename(s.file) })),
    };
    process.stdout.write(`${JSON.stringify(out)}\n`);
    return;
  }
  const verbose = !values.quiet;
  const report = [
    `talksbot eval — development gold ${goldDir}`,
    formatSections(sections, verbose),
    ...sets.map((s) => formatSetSummary(`${basename(s.file)} — ${s.split}`, s.summary, s.rows, verbose)),
  ];
  process.stdout.write(`${report.join('\n')}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`eval failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
