import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import xterm from '@xterm/headless';
import { CLI_COMMAND, ROOT } from '../../helpers.js';

/**
 * The REPL as a person sees it: `talksbot` runs in a real pseudo-terminal (util-linux `script`, on every
 * Debian), and what it writes is drawn by a real terminal emulator (xterm.js, headless) of the same size,
 * so tests read the screen — wrapped rows, erased lines — rather than the raw bytes.
 */

export const HAS_SCRIPT = spawnSync('script', ['--version'], { stdio: 'ignore' }).status === 0;

const quote = (arg: string) => `'${arg.replaceAll("'", `'\\''`)}'`;

export interface TerminalSession {
  /** the visible rows, right-trimmed, top to bottom */
  screen(): string[];
  /** the rows that exist only because a line was longer than the terminal (xterm marks them wrapped) */
  wrappedRows(): string[];
  /** sends keys as typed: "\r" is Enter, "\x03" Ctrl-C, "\x04" Ctrl-D */
  type(keys: string): void;
  /** resolves once the screen satisfies the test, or rejects with the screen after a (generous) while */
  waitFor(test: (screen: string[]) => boolean, what: string): Promise<void>;
  /** the exit code once the program has left */
  exited: Promise<number | null>;
  kill(): void;
}

export function startTerminalSession(options: {
  cols: number;
  rows?: number;
  env?: Record<string, string>;
  /** the program to run (default: the CLI from source) */
  command?: string[];
}) {
  const rows = options.rows ?? 60;
  const [node, ...args] = options.command ?? CLI_COMMAND.filter((arg) => arg !== '--json');
  const command = `stty cols ${options.cols} rows ${rows}; exec ${[node!, ...args].map(quote).join(' ')}`;
  const terminal = new xterm.Terminal({ cols: options.cols, rows, allowProposedApi: true });
  const child: ChildProcess = spawn('script', ['-qfec', command, '/dev/null'], {
    cwd: ROOT,
    env: { ...process.env, TERM: 'xterm-256color', NO_COLOR: '1', ...options.env },
    stdio: 'pipe',
  });
  let pending = Promise.resolve();
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    pending = pending.then(() => new Promise<void>((resolve) => terminal.write(chunk, resolve)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const rowsOf = (keep: (wrapped: boolean) => boolean) => {
    const buffer = terminal.buffer.active;
    const lines: string[] = [];
    for (let i = 0; i < buffer.length; i++) {
      const line = buffer.getLine(i);
      if (line && keep(line.isWrapped)) lines.push(line.translateToString(true));
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    return lines;
  };
  const session: TerminalSession = {
    screen: () => rowsOf(() => true),
    wrappedRows: () => rowsOf((wrapped) => wrapped),
    type: (keys) => child.stdin!.write(keys),
    exited,
    kill: () => child.kill(),
    async waitFor(test, what) {
      // a loaded two-core machine can take many seconds to build the index: wait on the screen, not a clock
      const deadline = Date.now() + 90_000;
      for (;;) {
        await pending;
        const screen = session.screen();
        if (test(screen)) return;
        if (Date.now() > deadline || child.exitCode !== null)
          throw new Error(`the screen never showed ${what}:\n${screen.join('\n')}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
  return session;
}

/** The last row that holds the prompt, without it: what is typed at the prompt right now. */
export function promptLine(screen: string[]): string | undefined {
  const row = [...screen].reverse().find((line) => line.startsWith('talksbot>'));
  return row?.slice('talksbot>'.length).trim();
}
