/**
 * The code of a worker thread as an `eval` source: the compiled .js beside the caller in dist/; from
 * source (tests, tsx), the .ts file through tsx's loader, which a worker thread does not inherit from
 * the thread that starts it.
 */
export function workerSource(callerUrl: string, file: string): string {
  const fromSource = callerUrl.endsWith('.ts');
  const url = JSON.stringify(new URL(`./${file}.${fromSource ? 'ts' : 'js'}`, callerUrl).href);
  return fromSource
    ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${url}); });`
    : `import(${url});`;
}
