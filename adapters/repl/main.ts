import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createInterface, type Interface } from 'node:readline';
import { type LoadedEngine, MemoryConversationStore } from '../../src/index.js';
import { answerInConversation } from '../shared/conversation.js';
import { reloadLine } from './reload-command.js';
import { render } from './render.js';
import { sessionWord } from './session-words.js';

export interface ReplOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream & { columns?: number; hasColors?: () => boolean };
  /** where arrow-key history is kept between sessions; omit for none */
  historyFile?: string | undefined;
}

const HISTORY_SIZE = 500;
const MAX_WIDTH = 120;
const EXIT_HINT = '(To exit, press Ctrl+C again or Ctrl+D, or type /quit)';
const CLEAR_SCREEN = '\x1b[H\x1b[2J';

/** The interactive terminal: `/command …` or a plain question per line, until /quit, Ctrl-D or Ctrl-C twice. */
export async function startRepl(engine: LoadedEngine, options: ReplOptions = {}): Promise<void> {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const color = typeof output.hasColors === 'function' ? output.hasColors() : false;
  const terminal = 'isTTY' in input && Boolean(input.isTTY);
  const history = options.historyFile ? await readHistory(options.historyFile) : [];
  const rl = createInterface({
    input,
    output,
    prompt: 'talksbot> ',
    history,
    historySize: HISTORY_SIZE,
    terminal,
  });
  const print = (text: string) => output.write(`${text}\n`);
  interruptLikeNodeRepl(rl, print);

  const articles = engine.knowledge.articles.length;
  print(
    `talksbot — ${articles} article${articles === 1 ? '' : 's'} loaded. Ask a question, or /help. /quit leaves.`,
  );
  let quitByWord = false;
  // one conversation per session: follow-ups ("go on") lean on the turns before; /new starts afresh
  const conversation = new MemoryConversationStore({ maxConversations: 1 });
  const SESSION = 'repl';
  rl.prompt();
  for await (const line of rl) {
    const trimmed = line.trim();
    const word = sessionWord(trimmed);
    if (word === 'quit') {
      quitByWord = true;
      break;
    }
    if (word === 'clear') {
      // only a terminal understands the escape; piped output just gets nothing
      if (terminal) output.write(CLEAR_SCREEN);
    } else if (word === 'reload') {
      print(`${await reloadLine(engine)}\n`);
    } else if (/^\/new$/i.test(trimmed)) {
      await conversation.clear(SESSION);
      print('New conversation: follow-ups start from the next question.\n');
    } else if (trimmed) {
      const answer = await answerInConversation(engine, conversation, SESSION, trimmed);
      // the terminal's own width (it can change between answers), capped so lines stay readable
      print(render(answer, { color, width: Math.min(output.columns ?? 100, MAX_WIDTH) }));
      print('');
    }
    rl.prompt();
  }
  rl.close();
  // Ctrl-D or Ctrl-C leave the cursor after the prompt: end that line, so the shell's prompt starts clean
  if (terminal && !quitByWord) output.write('\n');
  if (options.historyFile)
    await writeHistory(options.historyFile, (rl as unknown as { history?: string[] }).history ?? []);
}

/**
 * Ctrl-C as in node's own REPL: with a half-typed line it drops the line; on an empty line it says how to
 * leave, and a second Ctrl-C in a row leaves. Without a listener readline would end the session at once.
 */
function interruptLikeNodeRepl(rl: Interface, print: (text: string) => void): void {
  let warned = false;
  rl.on('SIGINT', () => {
    if (rl.line.length > 0) {
      // readline's own editing keys: to the end of the line, then delete back to its start
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      warned = false;
      return;
    }
    if (warned) {
      rl.close();
      return;
    }
    warned = true;
    print(`\n${EXIT_HINT}`);
    rl.prompt();
  });
  rl.on('line', () => {
    warned = false;
  });
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
