import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers.js';

async function sources(dir: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, dir), { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

const importsOf = (code: string) =>
  [...code.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

/**
 * The engine's layers, lowest first (DESIGN.md). A module imports only modules of a lower layer or of its
 * own folder. quotes/ and timeline/ extract and query facts over plain arrays, so the knowledge base builds
 * with them; ask/ answers over the whole knowledge base, above it.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['src/answer.ts'], // the data contract: Answer shapes
  ['src/engine.ts'], // the Engine interface
  ['src/store'], // where state lives: conversations, feedback, rate limits, delivery ids
  ['src/text'],
  ['src/knowledge'],
  ['src/nlp'],
  ['src/search', 'src/features'],
  ['src/quotes', 'src/timeline'],
  ['src/build'], // each article's own work (parse, compromise), cached per article, in worker threads
  ['src/knowledge-base.ts'],
  ['src/knowledge-base-schema.ts'], // checks a cached knowledge base before it is loaded
  ['src/ask'],
  ['src/create-engine.ts'],
  ['src/knowledge-store'], // the knowledge and its search in PostgreSQL: an engine over them
  ['src/live'], // an engine that follows its folder: builds in a worker, swaps the reference
  ['src/commands'],
  ['src/intent'],
  ['src/ingest'], // pages, files and feeds → knowledge files: above everything it may reuse
  ['src/index.ts'],
];

/** The layer entry a source file belongs to ('src/nlp', 'src/index.ts') and that layer's height. */
function placeOf(file: string): { unit: string; height: number } {
  for (const [height, units] of LAYERS.entries()) {
    const unit = units.find((u) => file === u || file.startsWith(`${u}/`));
    if (unit) return { unit, height };
  }
  throw new Error(`${file} belongs to no layer: add its folder to LAYERS`);
}

/** The source file a relative import names ('../nlp/stems.js' from src/ask/x.ts → src/nlp/stems.ts). */
const resolveImport = (from: string, imported: string) =>
  join(dirname(from), imported).replace(/\.js$/, '.ts');

// the layering DESIGN.md asks for, checked rather than hoped for
describe('module boundaries', () => {
  it('keeps the engine free of chat SDKs, dotenv and the environment', async () => {
    for (const file of await sources('src')) {
      const code = await readFile(join(ROOT, file), 'utf8');
      for (const imported of importsOf(code)) {
        expect(imported, `${file} imports ${imported}`).not.toMatch(
          /^(discord\.js|@slack\/|dotenv|\.\.\/\.\.\/adapters|\.\.\/adapters)/,
        );
      }
      expect(code.includes('process.env'), `${file} reads process.env`).toBe(false);
    }
  });

  it('lets adapters use the engine only through src/index.ts, and never each other', async () => {
    for (const file of await sources('adapters')) {
      const code = await readFile(join(ROOT, file), 'utf8');
      // adapters/main.ts is the composition root: it alone starts every adapter
      const platform = file.split('/').length > 2 ? file.split('/')[1] : undefined;
      for (const imported of importsOf(code)) {
        if (imported.includes('/src/'))
          expect(imported, `${file} reaches into ${imported}`).toMatch(/\/src\/index\.js$/);
        for (const other of platform ? ['discord', 'slack', 'repl'].filter((p) => p !== platform) : []) {
          expect(imported, `${file} imports the ${other} adapter`).not.toMatch(new RegExp(`(^|/)${other}/`));
        }
      }
    }
  });

  it('reads process.env only in adapters/config.ts', async () => {
    for (const file of await sources('adapters')) {
      const code = await readFile(join(ROOT, file), 'utf8');
      if (file !== 'adapters/config.ts')
        expect(code.includes('process.env'), `${file} reads process.env`).toBe(false);
    }
  });

  it('keeps the engine in its layers: every import points down or stays in its own folder', async () => {
    for (const file of await sources('src')) {
      const code = await readFile(join(ROOT, file), 'utf8');
      const from = placeOf(file);
      for (const imported of importsOf(code).filter((i) => i.startsWith('.'))) {
        const to = placeOf(resolveImport(file, imported));
        if (to.unit === from.unit) continue;
        expect(
          to.height,
          `${file} (${from.unit}) imports ${imported} (${to.unit}), not a lower layer`,
        ).toBeLessThan(from.height);
      }
    }
  });

  it('has no import cycle between engine files', async () => {
    const graph = new Map<string, string[]>();
    for (const file of await sources('src')) {
      const code = await readFile(join(ROOT, file), 'utf8');
      graph.set(
        file,
        importsOf(code)
          .filter((i) => i.startsWith('.'))
          .map((i) => resolveImport(file, i)),
      );
    }
    const done = new Set<string>();
    const visit = (file: string, path: string[]) => {
      if (path.includes(file))
        expect.fail(`import cycle: ${[...path.slice(path.indexOf(file)), file].join(' → ')}`);
      if (done.has(file)) return;
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      done.add(file);
    };
    for (const file of graph.keys()) visit(file, []);
  });

  // the rules DESIGN.md spells out, named so a failure says which one broke
  it.each([
    ['src/commands/', 'src/intent/', 'commands never import the intent layer'],
    ['src/create-engine.ts', 'src/commands/', 'the engine never imports the command list'],
    ['src/knowledge-base.ts', 'src/ask/', 'the knowledge base never imports ask/'],
    ['src/nlp/', 'src/search/', 'nlp/ never imports search/'],
  ])('%s never imports %s (%s)', async (importer, forbidden) => {
    for (const file of (await sources('src')).filter((f) => f.startsWith(importer))) {
      const code = await readFile(join(ROOT, file), 'utf8');
      for (const imported of importsOf(code).filter((i) => i.startsWith('.')))
        expect(resolveImport(file, imported).startsWith(forbidden), `${file} imports ${imported}`).toBe(
          false,
        );
    }
  });
});
