import { relative } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends `npm test` with one line that says what the run covered, area by area, counted from the test files
 * that ran (so running one file says so). Areas are the test folders; a folder missing from this table is
 * still counted, under its own name.
 */
const AREAS: [prefix: string, label: string][] = [
  ['test/gold/', 'the gold sets'],
  ['test/eval/', 'the corpus scorer'],
  ['test/ask/', '/ask'],
  ['test/quotes/', 'quotes'],
  ['test/timeline/', 'timeline'],
  ['test/nlp/', 'dates and entities'],
  ['test/knowledge/', 'article loading and furniture'],
  ['test/search/', 'search and cache'],
  ['test/build/', 'incremental builds'],
  ['test/commands/', 'commands and hostile input'],
  ['test/ingest/', 'page and feed intake on a loopback server'],
  ['test/intent/', 'plain-English intent'],
  ['test/routing', 'plain-English intent'],
  ['test/adapters/discord/', 'Discord on loopback fakes'],
  ['test/adapters/slack/', 'Slack on loopback fakes'],
  ['test/adapters/repl/', 'REPL and CLI (in a pseudo-terminal)'],
  ['test/adapters/shared/', 'shared presentation'],
  ['test/adapters/', 'adapter config and logs'],
  ['test/text/', 'text helpers'],
  ['test/store/', 'stores in memory, SQLite and PostgreSQL'],
  ['test/replicas/', 'replicas on PostgreSQL behind nginx'],
  ['test/architecture', 'architecture rules'],
  ['test/suite-summary', 'this summary line'],
];

export function areaOf(file: string): string {
  const found = AREAS.find(([prefix]) => file.startsWith(prefix));
  if (found) return found[1];
  // a new folder is named by its path under test/, a file at the top by its own name
  const path = file
    .replace(/^test\//, '')
    .replace(/\.test\.ts$/, '')
    .split('/');
  return path.length > 1 ? path.slice(0, -1).join('/') : path[0]!;
}

export function summaryLine(files: { file: string; tests: number; failed: number }[]): string {
  const byArea = new Map<string, number>();
  for (const { file, tests } of files) byArea.set(areaOf(file), (byArea.get(areaOf(file)) ?? 0) + tests);
  const tests = files.reduce((sum, file) => sum + file.tests, 0);
  const failed = files.reduce((sum, file) => sum + file.failed, 0);
  // the table's order, then any folder it does not know
  const order = (area: string) => {
    const i = AREAS.findIndex(([, label]) => label === area);
    return i < 0 ? AREAS.length : i;
  };
  const areas = [...byArea]
    .sort(([a], [b]) => order(a) - order(b))
    .map(([area, count]) => `${area} ${count}`)
    .join(', ');
  return `talksbot suite: ${tests} tests in ${files.length} files${failed ? ` (${failed} failed)` : ''} — ${areas}`;
}

export default class SuiteSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (modules.length === 0) return;
    const files = modules.map((module) => {
      const tests = [...module.children.allTests()];
      return {
        file: relative(process.cwd(), module.moduleId).split('\\').join('/'),
        tests: tests.length,
        failed: tests.filter((test) => test.result().state === 'failed').length,
      };
    });
    process.stdout.write(`\n${summaryLine(files)}\n`);
  }
}
