import { spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSnapshot, type SnapshotFiles } from '../../../scripts/build-snapshot.js';
import {
  CLI_COMMAND,
  type CliRun,
  copyKnowledge,
  outputOf,
  ROOT,
  removeFolders,
  runTalksbot,
} from '../../helpers.js';
import { HAS_SCRIPT, promptLine, startTerminalSession } from './terminal-session.js';

// The CLI started from its start-up snapshot (bin/talksbot after `npm run build`) must behave as the CLI
// does without it. The snapshot is made here from the sources (npm run build makes it from dist/), and
// every command is run both ways on the same knowledge and cache folders.

let snapshotDir: string;
let files: SnapshotFiles;
let knowledgeDir: string;
let cacheDir: string;

beforeAll(async () => {
  snapshotDir = await mkdtemp(join(tmpdir(), 'talksbot-snapshot-test-'));
  files = await buildSnapshot(
    join(ROOT, 'adapters', 'repl', 'snapshot-main.ts'),
    ROOT,
    CLI_COMMAND.filter((arg) => arg !== '--json'),
    snapshotDir,
  );
  ({ knowledgeDir, cacheDir } = await copyKnowledge());
}, 180_000);

afterAll(() => removeFolders(snapshotDir, knowledgeDir, cacheDir));

const env = () => ({ KNOWLEDGE_DIR: knowledgeDir, CACHE_DIR: cacheDir, LOG_LEVEL: 'silent' });

function fromSnapshot(args: string[], stdin = ''): Promise<CliRun> {
  const child = spawn(process.execPath, ['--snapshot-blob', files.blob, 'talksbot', ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env() },
    stdio: 'pipe',
  });
  child.stdin.end(stdin);
  return outputOf(child);
}

const LINES = [
  '/ask Where will the allies meet on April 23?',
  "/ask Who is Russia's foreign minister?",
  'What did Peskov say about the talks?',
  'When did the children begin the talks?',
  '/who-said Lavrov',
  '/who-said ready for any conversation',
  '/timeline ceasefire',
  '/sources',
  '/help',
  '/nonsense',
  '',
  '<@123> **hi** @everyone',
  'x'.repeat(3000),
];

describe('the CLI from its start-up snapshot', () => {
  it('answers every line as the CLI without a snapshot does, from the same cache', async () => {
    const stdin = `${LINES.join('\n')}\n`;
    const plain = await runTalksbot(['--json'], { stdin, env: env() });
    expect(plain.code).toBe(0);
    const snapshot = await fromSnapshot(['--json'], stdin);
    expect(snapshot.stderr).toBe(plain.stderr);
    expect(snapshot.code).toBe(0);
    expect(snapshot.stdout.split('\n')).toEqual(plain.stdout.split('\n'));
    expect(snapshot.stdout.split('\n').filter(Boolean)).toHaveLength(LINES.length);
  }, 120_000);

  it('previews a web page to add (linkedom and Readability load at run time) as the CLI does', async () => {
    const page = join(ROOT, 'test', 'fixtures', 'pages', 'news-jsonld.html');
    const [plain, snapshot] = [
      await runTalksbot(['add', page], { env: env() }),
      await fromSnapshot(['add', page]),
    ];
    expect(snapshot).toEqual(plain);
    expect(plain.stdout).toMatch(/title/i);
  }, 60_000);

  it('refuses a bad option with the same message and exit code', async () => {
    const [plain, snapshot] = [await runTalksbot(['--nope'], { env: env() }), await fromSnapshot(['--nope'])];
    expect(snapshot).toEqual(plain);
    expect(plain.code).toBe(2);
  }, 60_000);
});

// an invented article, for a reload to find
const NEW_ARTICLE = `---
id: 2025-09-04-lastra-ferry-strike-ends
title: Lastra ferry strike ends after two weeks
outlet: The Example Herald
published: 2025-09-04
---
The ferry crews of Lastra returned to work on Thursday after a two-week strike, their union said.
`;

describe.skipIf(!HAS_SCRIPT)('the REPL from its start-up snapshot', () => {
  it('reloads the knowledge folder in a worker thread, as the REPL does without it', async () => {
    const session = startTerminalSession({
      cols: 120,
      env: env(),
      command: [process.execPath, '--snapshot-blob', files.blob, 'talksbot'],
    });
    try {
      await session.waitFor((screen) => promptLine(screen) === '', 'the prompt');
      await writeFile(join(knowledgeDir, '2025-09-04-lastra-ferry-strike-ends.md'), NEW_ARTICLE);
      session.type('/reload\r');
      await session.waitFor(
        (screen) =>
          screen.some((row) => /knowledge reloaded in .*2025-09-04-lastra-ferry-strike-ends/.test(row)),
        'the reload report',
      );
    } finally {
      session.kill();
    }
  }, 120_000);
});
