import { wrapText } from './repl/render.js';

/** Logs go to stderr, always: stdout belongs to the CLI's JSON lines and the REPL's answers. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';

export interface Logger {
  debug(message: string, context?: Record<string, unknown>): void;
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const ORDER: LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];

export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
): Logger {
  const threshold = ORDER.indexOf(level);
  const at = (name: Exclude<LogLevel, 'silent'>) => (message: string, context?: Record<string, unknown>) => {
    if (ORDER.indexOf(name) < threshold) return;
    const suffix = context && Object.keys(context).length > 0 ? ` ${JSON.stringify(context)}` : '';
    write(`${new Date().toISOString()} ${name.toUpperCase()} ${message}${suffix}`);
  };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/**
 * Where the engine's start-up messages go: progress ("Indexing 5 articles…", level info) and what someone
 * should fix (a skipped file, warn). A person at a terminal reads them as plain sentences on stderr;
 * anywhere else they are log lines like any other. Either way they stay off stdout, which belongs to
 * answers and JSON.
 */
export function engineLog(
  log: Logger,
  level: LogLevel,
  stderr: { isTTY?: boolean; columns?: number; write(text: string): unknown } = process.stderr,
): (message: string, messageLevel?: 'info' | 'warn') => void {
  return (message, messageLevel = 'warn') => {
    if (ORDER.indexOf(messageLevel) < ORDER.indexOf(level)) return;
    if (!stderr.isTTY) return log[messageLevel](message);
    // broken between words, as the terminal would otherwise break a long file name mid-word
    const lines = stderr.columns ? wrapText(message, stderr.columns - 2) : [message];
    stderr.write(`${lines.join('\n  ')}\n`);
  };
}
