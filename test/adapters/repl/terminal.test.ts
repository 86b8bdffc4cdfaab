import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realEngine } from '../../helpers.js';
import { HAS_SCRIPT, promptLine, startTerminalSession, type TerminalSession } from './terminal-session.js';

// the REPL in a real pseudo-terminal, keys typed as a person types them (see terminal-session.ts)
// each test starts the CLI from source and waits on the screen, not a clock: give a loaded machine room
describe.skipIf(!HAS_SCRIPT)('the REPL in a terminal', { timeout: 120_000 }, () => {
  let cacheDir: string;
  const open: TerminalSession[] = [];
  const start = (cols: number) => {
    const session = startTerminalSession({ cols, env: { CACHE_DIR: cacheDir } });
    open.push(session);
    return session;
  };
  const atPrompt = (typed: string) => (screen: string[]) => promptLine(screen) === typed;

  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), 'talksbot-terminal-'));
  });
  afterAll(async () => {
    for (const session of open) session.kill();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it('Ctrl-C drops a half-typed line; on an empty line it says how to leave, and a second one leaves', async () => {
    const repl = start(80);
    await repl.waitFor(atPrompt(''), 'the first prompt');
    repl.type('What is the wea');
    await repl.waitFor(atPrompt('What is the wea'), 'the half-typed line');
    repl.type('\x03');
    await repl.waitFor(atPrompt(''), 'an empty prompt after Ctrl-C');
    expect(repl.screen().join('\n')).not.toContain('To exit');

    // the dropped words are gone for good: the next line is answered on its own
    repl.type('/sources\r');
    await repl.waitFor((screen) => screen.some((row) => row.includes('passages')), 'the sources');
    expect(repl.screen().join('\n')).not.toContain('wea/sources');

    repl.type('\x03');
    await repl.waitFor(
      (screen) => screen.at(-2)?.includes('press Ctrl+C again or Ctrl+D') === true,
      'the hint',
    );
    repl.type('\x03');
    expect(await repl.exited).toBe(0);
  });

  it('handles clear, exit and help typed without a slash', async () => {
    const repl = start(80);
    await repl.waitFor(atPrompt(''), 'the first prompt');
    repl.type('help\r');
    await repl.waitFor((screen) => screen.some((row) => row.includes('/who-said')), 'the help');
    repl.type('clear\r');
    await repl.waitFor((screen) => screen.length === 1 && atPrompt('')(screen), 'a cleared screen');
    repl.type('exit\r');
    expect(await repl.exited).toBe(0);
    expect(repl.screen().join('\n')).not.toMatch(/don't|can't answer/);
  });

  it.each([80, 120])('/sources wraps by words at %i columns', async (cols) => {
    const repl = start(cols);
    await repl.waitFor(atPrompt(''), 'the first prompt');
    repl.type('/sources\r');
    await repl.waitFor((screen) => screen.length > 3 && atPrompt('')(screen), 'the sources and a prompt');
    const screen = repl.screen();
    // no row was broken by the terminal because it ran past the edge: every break is the renderer's own
    expect(repl.wrappedRows()).toEqual([]);
    // and it broke between words: each title's words follow each other in the text read row by row
    const text = screen.map((row) => row.trim()).join(' ');
    const { articles } = await (await realEngine()).sources();
    for (const article of articles) expect(text).toContain(article.title);
    expect(text).not.toContain('title derived');
    expect(text.includes('title taken from the first sentence')).toBe(articles.some((a) => a.titleDerived));
    repl.type('\x04');
    expect(await repl.exited).toBe(0);
  });
});
