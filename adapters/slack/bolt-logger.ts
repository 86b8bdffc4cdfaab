import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger.js';

/**
 * Bolt, its WebClient and the Socket Mode client log through ours, so Slack's messages go to stderr in the
 * same format and obey LOG_LEVEL. Bolt is told "debug" so it hands everything over; our logger filters.
 */
export function boltLogger(log: Logger): BoltLogger {
  let level = LogLevel.DEBUG;
  const line = (parts: unknown[]) => `slack: ${parts.map(describe).join(' ')}`;
  return {
    debug: (...parts: unknown[]) => log.debug(line(parts)),
    info: (...parts: unknown[]) => log.info(line(parts)),
    warn: (...parts: unknown[]) => log.warn(line(parts)),
    error: (...parts: unknown[]) => log.error(line(parts)),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    // the App, every WebClient and the Socket Mode client share this object and rename it as they start:
    // one fixed prefix reads better than whichever name came last
    setName: () => {},
  };
}

function describe(part: unknown): string {
  if (typeof part === 'string') return part;
  if (part instanceof Error) return part.message;
  try {
    return JSON.stringify(part);
  } catch {
    return String(part);
  }
}
