import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startupSnapshot } from 'node:v8';
import { closeWordNet, createEngine, engineVersion, runLine } from '../../src/index.js';
import { loadConfig } from '../config.js';
import { runCli } from './cli-command.js';

/**
 * The entry of the CLI's start-up snapshot (scripts/build-snapshot.ts). What runs here runs once, when
 * `npm run build` makes the snapshot; `bin/talksbot` then starts from the heap it left, and runs only
 * the function given to setDeserializeMainFunction, with the command's arguments.
 *
 * Before the heap is saved, the engine answers each command once over a small invented article: that
 * compiles the code a question runs and fills what compromise, WordNet's lemma rules and the option
 * schemas work out on first use. Only caches of pure functions are left filled (the same words give the
 * same answers, whatever was asked before); files are closed again, as a snapshot cannot keep them open.
 */

const WARM_UP_FILE = '2020-01-02-harbour-talks.md';
const WARM_UP_ARTICLE = `---
id: 2020-01-02-harbour-talks
title: Harbour talks resume in Northport
outlet: The Example Herald
published: 2020-01-02
---
Mayor Anna Berg said on Monday that the harbour talks would resume in Northport on January 9. "We are ready to sign the agreement," she told reporters after the meeting.

The dock workers' union held a vote last week. Its leader, Tom Okafor, said the workers had accepted the new terms, but warned that "nothing is settled until the city pays."

The city council will meet again in March to discuss the budget, according to a spokesman.
`;

const WARM_UP_LINES = [
  '/ask Where will the talks resume?',
  '/ask Who held a vote last week?',
  'When did the children begin their talks?',
  '/who-said ready to sign',
  '/who-said Okafor',
  '/timeline harbour',
  '/sources',
  '/help',
];

async function warmUp(): Promise<void> {
  loadConfig({}, { dotenv: false });
  await engineVersion();
  const dir = await mkdtemp(join(tmpdir(), 'talksbot-snapshot-'));
  try {
    await writeFile(join(dir, WARM_UP_FILE), WARM_UP_ARTICLE);
    const engine = await createEngine({ knowledgeDir: dir, threads: 1 });
    for (const line of WARM_UP_LINES) await runLine(engine, line);
  } finally {
    closeWordNet();
    await rm(dir, { recursive: true, force: true });
  }
}

warmUp().catch((error: unknown) => {
  process.stderr.write(
    `the snapshot's warm-up failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});

startupSnapshot.setDeserializeMainFunction(() => {
  // started as `node --snapshot-blob talksbot.blob talksbot ARGS…`
  void runCli(process.argv.slice(2));
});
