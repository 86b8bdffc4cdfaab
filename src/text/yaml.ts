import { createRequire } from 'node:module';

type Yaml = typeof import('yaml');

// required on first use: a start-up from a warm cache parses no YAML (front matter and the alias file are
// read only for a rebuild), and loading the library is ~40 ms of a one-shot CLI answer
const require = createRequire(import.meta.url);
let loaded: Yaml | undefined;

/** The yaml library (eemeli/yaml), loaded the first time something is parsed or written. */
export function yaml(): Yaml {
  loaded ??= require('yaml') as Yaml;
  return loaded;
}
