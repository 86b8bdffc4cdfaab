import { yaml } from '../text/yaml.js';

export interface SplitFile {
  /** parsed YAML, or undefined when the file has no front matter block */
  data: unknown;
  body: string;
  /** a YAML syntax error, already phrased for a person */
  error?: string;
}

const FENCE = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Separates `---` YAML front matter from the article text, which is returned untouched. */
export function splitFrontMatter(source: string): SplitFile {
  const text = source.startsWith('\ufeff') ? source.slice(1) : source;
  const match = FENCE.exec(text);
  if (!match) return { data: undefined, body: text };
  const body = text.slice(match[0].length);
  try {
    return { data: yaml().parse(match[1]!), body };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: undefined, body, error: `front matter is not valid YAML (${reason})` };
  }
}
