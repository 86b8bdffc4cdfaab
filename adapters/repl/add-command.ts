import { access, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { composeArticle, createEngine } from '../../src/index.js';
import { loadConfig } from '../config.js';

/** `talksbot add FILE --published … [--title …]`: writes the front matter, stores the text as is, rebuilds. */
export async function addArticle(argv: string[]): Promise<number> {
  const fail = (message: string) => {
    process.stderr.write(
      `${message}\nUsage: talksbot add FILE --published YYYY-MM-DD [--title …] [--outlet …] [--author …] [--url …]\n`,
    );
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  const [file] = parsed.positionals;
  const { published, title, outlet, author, url } = parsed.values;
  if (!file) return fail('Which file? Give the path of the article text.');
  if (!published) return fail('--published is required: the publication date, e.g. --published 2025-07-20');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return fail(`Cannot read ${file}.`);
  }
  const composed = composeArticle({ text, published, title, outlet, author, url });
  if (!composed.ok) return fail(`Not added: ${composed.message}`);
  const config = loadConfig();
  const target = join(config.knowledgeDir, composed.fileName);
  if (
    await access(target).then(
      () => true,
      () => false,
    )
  )
    return fail(`Not added: ${target} already exists.`);
  await writeFile(target, composed.content);
  // rebuilding now means the next start loads from the cache instead of paying for it
  const engine = await createEngine({ knowledgeDir: config.knowledgeDir, cacheDir: config.cacheDir });
  process.stdout.write(
    `Added ${composed.fileName} (id ${composed.id}); the index now holds ${engine.knowledge.articles.length} articles.\n`,
  );
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      published: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
    },
  });
}
