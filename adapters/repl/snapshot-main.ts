import { startupSnapshot } from 'node:v8';
import { closeWordNet, createEngine, engineVersion, runLine } from '../../src/index.js';
import { loadConfig } from '../config.js';
import { runCli } from './cli-command.js';

/**
 * The entry of the CLI's start-up snapshot (scripts/build-snapshot.ts). What runs here runs once, when
 * `npm run build` makes the snapshot; `bin/talksbot` then starts from the heap it left, and runs only
 * the function given to setDeserializeMainFunction, with the command's arguments.
 *
 * Before the heap is saved, the engine starts as a user's CLI does, from a warm cache (which the build
 * script made over an invented article with the CLI without a snapshot, and names in this script's
 * arguments), and answers each command once: that compiles the code a question runs and fills what
 * compromise, WordNet's lemma rules and the option schemas work out on first use. Only caches of pure
 * functions are left filled (the same words give the same answers, whatever was asked before); files
 * are closed again, as a snapshot cannot keep them open.
 */

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
  // node --snapshot-blob X --build-snapshot talksbot.cjs KNOWLEDGE_DIR CACHE_DIR
  const [knowledgeDir, cacheDir] = process.argv.slice(2);
  if (!knowledgeDir || !cacheDir) throw new Error('the warm-up knowledge and cache folders are not given');
  loadConfig({}, { dotenv: false });
  await engineVersion();
  try {
    const engine = await createEngine({ knowledgeDir, cacheDir, threads: 1 });
    // a build would load data the snapshot does not hold (scripts/build-snapshot.ts, BUNDLED)
    if (!engine.fromCache) throw new Error("the warm-up's cache was not used: a different engine version?");
    for (const line of WARM_UP_LINES) await runLine(engine, line);
  } finally {
    closeWordNet();
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
