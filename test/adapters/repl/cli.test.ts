import { describe, expect, it } from 'vitest';
import { answerSchema } from '../../../src/index.js';
import { runTalksbot } from '../../helpers.js';

const runCli = (args: string[], stdin?: string) => runTalksbot(args, stdin === undefined ? {} : { stdin });

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);

describe('talksbot --json', () => {
  it('answers one command given as an argument with exactly one JSON line', async () => {
    const run = await runCli(['--json', '/ask Who is Russia’s foreign minister?']);
    expect(run.code).toBe(0);
    const [answer, ...rest] = jsonLines(run.stdout);
    expect(rest).toEqual([]);
    expect(answerSchema.parse(answer)).toMatchObject({ kind: 'answer', abstained: false });
    expect(JSON.stringify(answer)).toContain('Lavrov');
  });

  it('answers every stdin line in order, blank and hostile ones included, and exits 0', async () => {
    const input = [
      '/sources',
      '',
      '/ask +-~^*:',
      '   ',
      '/help',
      'who:said',
      '"unbalanced',
      '/nope',
      '🕊️',
      '/timeline --from 2025-13',
    ];
    const run = await runCli(['--json'], `${input.join('\n')}\r\n`);
    expect(run.code).toBe(0);
    const answers = jsonLines(run.stdout).map((a) => answerSchema.parse(a));
    expect(answers).toHaveLength(input.length);
    expect(answers[0]!.kind).toBe('sources');
    expect(answers[1]!.kind).toBe('error');
    expect(answers[4]!.kind).toBe('help');
    expect(answers[7]).toMatchObject({ kind: 'error', message: expect.stringContaining('/nope') });
    expect(answers[9]).toMatchObject({ kind: 'error' });
  });

  it('keeps stdout for JSON only', async () => {
    const run = await runCli(['--json'], '/sources\n');
    for (const line of run.stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
  });

  it('rejects an unknown flag with usage on stderr and exit code 2', async () => {
    const run = await runCli(['--frobnicate']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/Unknown option/i);
  });

  it('renders plain text without --json', async () => {
    const run = await runCli(['/sources']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Zelenskyy proposes meeting for ceasefire negotiations');
    expect(run.stdout).not.toContain('{"kind"');
  });
});

describe('talksbot --json line contract', () => {
  it('gives one reply to a line with lone carriage returns', async () => {
    const run = await runCli(['--json'], 'a\rb\rc\n/help\r\n');
    expect(run.code).toBe(0);
    expect(jsonLines(run.stdout).map((a) => answerSchema.parse(a).kind)).toEqual(['answer', 'help']);
  });

  it('refuses a 100,000-character line politely and answers the next one', async () => {
    const run = await runCli(
      ['--json'],
      `who said ${'the talks ended without progress and '.repeat(2800)}\n/help\n`,
    );
    expect(run.code).toBe(0);
    const [tooLong, help, ...rest] = jsonLines(run.stdout).map((a) => answerSchema.parse(a));
    expect(tooLong).toMatchObject({ kind: 'error', message: expect.stringMatching(/too long/) });
    expect(help?.kind).toBe('help');
    expect(rest).toEqual([]);
  });
});
