import { runCli } from './cli-command.js';

// the `talksbot` program (bin/talksbot.js runs the compiled file; the tests run this one from source)
void runCli(process.argv.slice(2));
