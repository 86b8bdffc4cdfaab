import { type Config, loadConfig } from '../config.js';

/** Where a shell subcommand reads and writes: the process for the binary, buffers in tests. */
export interface CommandIo {
  config: Config;
  stdout(text: string): void;
  stderr(text: string): void;
  stdin: AsyncIterable<Buffer | string>;
}

export function processIo(): CommandIo {
  // `talksbot list | head` closes the pipe early: that is the reader being done, not an error
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  return {
    config: loadConfig(),
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdin: process.stdin,
  };
}
