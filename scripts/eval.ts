import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../adapters/config.js';
import type { Answer } from '../src/index.js';
import { readGold } from './eval/gold.js';
import { plan, type Section } from './eval/score.js';
import { readSeedTexts } from './eval/seeds.js';

/**
 * `npm run eval [-- --gold DIR]`: scores the bot the way it is judged — through the CLI's --json mode,
 * one command per stdin line — with the rules of shared/eval/README.md.
 */
const ROOT = PROJECT_ROOT;

export async function askCli(
  lines: string[],
  command = ['node', join(ROOT, 'bin', 'talksbot.js'), '--json'],
): Promise<Answer[]> {
  const [bin, ...args] = command;
  const child = spawn(bin!, args, { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stdin.end(`${lines.join('\n')}\n`);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const replies = out
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Answer);
  if (code !== 0 || replies.length !== lines.length) {
    throw new Error(`the CLI exited ${code} with ${replies.length} replies for ${lines.length} lines`);
  }
  return replies;
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

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { gold: { type: 'string' }, quiet: { type: 'boolean', default: false } },
  });
  const goldDir = resolve(values.gold ?? join(ROOT, 'test', 'fixtures', 'gold'));
  const gold = await readGold(goldDir);
  const { lines, score } = plan(gold);
  const answers = await askCli(lines);
  const sections = score(answers, await readSeedTexts(join(ROOT, 'knowledge')));
  process.stdout.write(`talksbot eval — ${goldDir}\n${formatSections(sections, !values.quiet)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`eval failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
