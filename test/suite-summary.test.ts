import { describe, expect, it } from 'vitest';
import { areaOf, summaryLine } from './suite-summary-reporter.js';

describe('the closing line of npm test', () => {
  it.each<[string, string]>([
    ['test/gold/ask-gold.test.ts', 'the gold sets'],
    ['test/adapters/slack/socket-mode.test.ts', 'Slack on loopback fakes'],
    ['test/adapters/repl/terminal.test.ts', 'REPL and CLI (in a pseudo-terminal)'],
    ['test/adapters/config.test.ts', 'adapter config and logs'],
    ['test/intent/route-text.test.ts', 'plain-English intent'],
    ['test/newarea/x.test.ts', 'newarea'],
    ['test/misc.test.ts', 'misc'],
  ])('%s counts under %s', (file, area) => {
    expect(areaOf(file)).toBe(area);
  });

  it('sums tests by area in a stable order and says how many failed', () => {
    expect(
      summaryLine([
        { file: 'test/adapters/slack/a.test.ts', tests: 3, failed: 0 },
        { file: 'test/quotes/b.test.ts', tests: 2, failed: 1 },
        { file: 'test/adapters/slack/c.test.ts', tests: 4, failed: 0 },
      ]),
    ).toBe('talksbot suite: 9 tests in 3 files (1 failed) — quotes 2, Slack on loopback fakes 7');
  });
});
