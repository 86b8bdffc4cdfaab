import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The code of a worker thread as an `eval` source: the compiled .js beside the caller in dist/; from
 * source (tests, tsx), the .ts file through tsx's loader, which a worker thread does not inherit from
 * the thread that starts it. tsx is found from the caller's file, not from the working directory (an
 * eval worker resolves bare names from there, and a bot may run in a folder with no node_modules).
 */
export function workerSource(callerUrl: string, file: string): string {
  const fromSource = callerUrl.endsWith('.ts');
  const url = JSON.stringify(new URL(`./${file}.${fromSource ? 'ts' : 'js'}`, callerUrl).href);
  if (!fromSource) return `import(${url});`;
  return `import(${JSON.stringify(tsxEsmApi(callerUrl))}).then((tsx) => { tsx.register(); return import(${url}); });`;
}

/** tsx's ES-module API as a file url, from its package's own exports map (resolved beside the caller) */
function tsxEsmApi(callerUrl: string): string {
  const manifest = createRequire(callerUrl).resolve('tsx/package.json');
  const exports = JSON.parse(readFileSync(manifest, 'utf8')).exports as Record<
    string,
    { import?: { default?: string } }
  >;
  const entry = exports['./esm/api']?.import?.default;
  // an unexpected tsx layout: the bare name, resolved from the working directory as before
  return entry ? pathToFileURL(join(dirname(manifest), entry)).href : 'tsx/esm/api';
}
