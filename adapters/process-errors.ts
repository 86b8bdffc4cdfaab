import type { Logger } from './logger.js';

/**
 * The last line of defence for `npm start`. Every adapter catches its own errors, so reaching here is a bug:
 *
 * - an unhandled promise rejection is one operation that failed with nobody waiting for it (a reply that
 *   could not be sent): the process state is intact, so it is logged and the bot keeps serving;
 * - an uncaught exception unwound a stack halfway through who knows what: the state is unknown, so it is
 *   logged and the process exits non-zero for its supervisor (systemd, Docker, pm2) to restart it.
 */
export function handleProcessErrors(log: Logger, exit: (code: number) => void = process.exit): void {
  process.on('unhandledRejection', (reason) => {
    log.error('unhandled promise rejection (a bug; the bot keeps running)', describe(reason));
  });
  process.on('uncaughtException', (error) => {
    log.error(
      'uncaught exception: the state is unknown, exiting for the supervisor to restart',
      describe(error),
    );
    exit(1);
  });
}

function describe(reason: unknown): Record<string, unknown> {
  return reason instanceof Error
    ? { error: `${reason.name}: ${reason.message}`, stack: reason.stack }
    : { error: String(reason) };
}
