import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface } from 'node:readline';
import { type LoadedEngine, runLine } from '../../src/index.js';
import { render } from './render.js';

export interface ReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { columns?: number; hasColors?: () => boolean };
  /** where arrow-key history is kept between sessions; omit for none */
  historyFile?: string | undefined;
}

const HISTORY_SIZE = 500;

/** The interactive terminal: `/command …` or a plain question per line, until /quit or Ctrl-D. */
export async function startRepl(engine: LoadedEngine, options: ReplOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const color = typeof output.hasColors === 'function' ? output.hasColors() : false;
  const history = options.historyFile ? await readHistory(options.historyFile) : [];
  const rl = createInterface({
    input,
    output,
    prompt: 'talksbot> ',
    history,
    historySize: HISTORY_SIZE,
    terminal: 'isTTY' in input && Boolean(input.isTTY),
  });
  const print = (text: string) => output.write(`${text}\n`);

  const articles = engine.knowledge.articles.length;
  print(
    `talksbot — ${articles} article${articles === 1 ? '' : 's'} loaded. Ask a question, or /help. /quit leaves.`,
  );
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    if (/^\/(quit|exit|q)$/i.test(trimmed)) break;
    if (trimmed) {
      const answer = await runLine(engine, trimmed);
      print(render(answer, { color, width: Math.min(output.columns ?? 100, 120) }));
      print('');
    }
    rl.prompt();
  }
  rl.close();
  if (options.historyFile)
    await writeHistory(options.historyFile, (rl as unknown as { history?: string[] }).history ?? []);
}

async function readHistory(file: string): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).slice(0, HISTORY_SIZE);
  } catch {
    return [];
  }
}

async function writeHistory(file: string, lines: string[]): Promise<void> {
  try {
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${lines.slice(0, HISTORY_SIZE).join('\n')}\n`);
  } catch {
    // history is a convenience; failing to save it must not spoil the exit
  }
}
