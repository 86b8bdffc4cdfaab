import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { type Answer, type LoadedEngine, MAX_RAW_LINE_LENGTH, runLine } from '../../src/index.js';
import { ConfigError, loadConfig } from '../config.js';
import { openEngine } from '../knowledge-backend.js';
import { createLogger, engineLog } from '../logger.js';
import { inputLines } from './input-lines.js';

const USAGE = `talksbot — sourced answers about the articles in knowledge/

  talksbot                          interactive REPL (in a terminal)
  talksbot "/ask Who is Russia's foreign minister?"
  talksbot --json "/who-said Lavrov"   one command, one JSON line on stdout
  talksbot --json < questions.txt      one JSON line per input line, in order
  talksbot add <file | url | -> [--yes] [--published 2025-07-20] [--title …] [--outlet …]
  talksbot list                        the articles, with where each came from
  talksbot remove <id>
  talksbot feeds [add <url> [--match words] | poll]
  talksbot db migrate                  PostgreSQL (DATABASE_URL): apply the schema migrations
  talksbot feedback [--limit N] [--json]  the answers people disliked most (👎 in Discord and Slack)

Commands: /ask, /who-said, /timeline, /sources, /help — or type a plain question.`;

/** The `talksbot` binary: REPL in a terminal, scriptable one-shot and line-by-line JSON otherwise. */
export async function cli(argv: string[]): Promise<number> {
  // one command loads only what it needs: `add`, the REPL and the terminal renderer are imported on use
  if (argv[0] === 'add') return (await import('./add-command.js')).addArticle(argv.slice(1));
  if (argv[0] === 'list') return (await import('./knowledge-commands.js')).listArticles(argv.slice(1));
  if (argv[0] === 'remove') return (await import('./knowledge-commands.js')).removeCommand(argv.slice(1));
  if (argv[0] === 'db') return (await import('./db-command.js')).dbCommand(argv.slice(1));
  if (argv[0] === 'feeds') return (await import('./feeds-command.js')).feedsCommand(argv.slice(1));
  if (argv[0] === 'feedback') return (await import('./feedback-command.js')).feedbackCommand(argv.slice(1));
  let args: ReturnType<typeof parseCli>;
  try {
    args = parseCli(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const config = loadConfig();
  const level = args.values.json ? 'warn' : config.logLevel;
  const log = createLogger(level);
  const line = args.positionals.join(' ');
  const interactive = !line && process.stdin.isTTY && !args.values.json;
  // the interactive REPL follows knowledge/ while it runs; one-shot and piped runs read it once
  const live = interactive
    ? await (await import('../live-knowledge.js')).startLiveEngine(config, log, engineLog(log, level))
    : undefined;
  // closed on the way out, so the folder watch and the database pool let the process end
  const opened = live
    ? { engine: live, close: () => live.shutdown() }
    : await openEngine(config, engineLog(log, level));
  try {
    return await answer(opened.engine, line, interactive, args.values.json, config);
  } finally {
    await opened.close();
  }
}

async function answer(
  engine: LoadedEngine,
  line: string,
  interactive: boolean,
  json: boolean,
  config: ReturnType<typeof loadConfig>,
): Promise<number> {
  const render = json ? undefined : (await import('./render.js')).render;
  const emit = render
    ? (answer: Answer) =>
        `${render(answer, { color: process.stdout.isTTY === true && process.stdout.hasColors() })}\n`
    : (answer: Answer) => `${JSON.stringify(answer)}\n`;

  if (line) {
    process.stdout.write(emit(await runLine(engine, line)));
    return 0;
  }
  if (interactive) {
    const { startRepl } = await import('./main.js');
    await startRepl(engine, { historyFile: join(config.cacheDir, 'repl-history') });
    return 0;
  }
  await answerEachLine(engine, emit);
  return 0;
}

/** One answer per stdin line, in order, blank and hostile lines included: the evaluation contract. */
async function answerEachLine(engine: LoadedEngine, emit: (answer: Answer) => string): Promise<void> {
  process.stdin.setEncoding('utf8');
  // one character past the engine's limit is enough for it to refuse the line as too long
  for await (const line of inputLines(process.stdin, MAX_RAW_LINE_LENGTH + 1)) {
    const answer = await runLine(engine, line);
    if (!process.stdout.write(emit(answer)))
      await new Promise((resolve) => process.stdout.once('drain', resolve));
  }
}

function parseCli(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
}

/** Runs the CLI and sets the process's exit code; a configuration error is one line, not a stack. */
export function runCli(argv: string[]): Promise<void> {
  return cli(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof ConfigError ? error.message : `talksbot: ${String(error)}`}\n`,
      );
      process.exitCode = 1;
    },
  );
}
