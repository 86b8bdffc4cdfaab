import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
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
});
