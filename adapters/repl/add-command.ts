import { open, stat } from 'node:fs/promises';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DEFAULT_MAX_BYTES,
  type Draft,
  FetchRefusal,
  fetchPage,
  formatBytes,
  type IngestSource,
  knownArticles,
  parseSize,
  prepareArticle,
  writeArticle,
} from '../../src/index.js';
import { publishKnowledgeFolder, quietLog } from '../knowledge-backend.js';
import { announceArticles } from '../shared-state.js';
import { type CommandIo, processIo } from './command-io.js';

const USAGE = `Usage: talksbot add <file | url | -> [--yes] [--published YYYY-MM-DD] [--title …] [--outlet …]
                     [--author …] [--url …] [--max-size 2MB] [--allow-private]
  Shows what was found; --yes writes it to the knowledge folder. Flags override what the page says.`;

/** `talksbot add <file | url | ->`: reads a page or a text, shows what was found, and writes it with --yes. */
export async function addArticle(argv: string[], io: CommandIo = processIo()): Promise<number> {
  // a refusal already says what to do; the usage is for arguments that could not be read
  const fail = (message: string, usage = false) => {
    io.stderr(`${message}\n${usage ? `${USAGE}\n` : ''}`);
    return 2;
  };
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error), true);
  }
  const [input] = parsed.positionals;
  const flags = parsed.values;
  if (!input) return fail('What should be added? Give a file, a url, or - to read stdin.', true);
  const maxBytes = flags['max-size'] === undefined ? DEFAULT_MAX_BYTES : parseSize(flags['max-size']);
  if (!maxBytes)
    return fail(`--max-size ${flags['max-size']} is not a size: write it like 2MB or 500KB`, true);
  const { config } = io;

  let source: IngestSource;
  try {
    source = await readSource(input, io.stdin, {
      maxBytes,
      allowPrivate: flags['allow-private'] || config.fetchAllowPrivate,
    });
  } catch (error) {
    if (error instanceof FetchRefusal || error instanceof ReadError)
      return fail(`Not added: ${error.message}`);
    throw error;
  }
  const { articles } = await knownArticles(config.knowledgeDir);
  const prepared = prepareArticle(source, flags, { known: articles, maxBytes });
  if (!prepared.ok) return fail(prepared.reason);
  const { draft } = prepared;
  io.stdout(describeDraft(draft));
  const where = shortPath(config.knowledgeDir);
  if (!flags.yes) {
    io.stdout(
      `\nNothing written yet: run again with --yes to add it as ${where}/${draft.fileName} (flags such as --title override what was found).\n`,
    );
    return 0;
  }
  try {
    await writeArticle(config.knowledgeDir, draft.fileName, draft.content);
  } catch (error) {
    return fail(`Not added: ${error instanceof Error ? error.message : String(error)}`);
  }
  io.stdout(
    `\nAdded ${where}/${draft.fileName} (id ${draft.id}); ${articles.length + 1} articles now. A running bot picks it up within seconds; the next start indexes it.\n`,
  );
  if (await publishKnowledgeFolder(config, quietLog)) {
    // the running replicas LISTEN for this and reload from the database within a second or so
    await announceArticles(config, [draft.id], 'talksbot add').catch((error: unknown) =>
      io.stderr(
        `(could not notify the running replicas: ${error instanceof Error ? error.message : String(error)})\n`,
      ),
    );
    io.stdout('Stored in the database (DATABASE_URL) and indexed there: every replica answers from it.\n');
  }
  return 0;
}

/** The preview: each field with where it came from, the first paragraph and the passage count. */
export function describeDraft(draft: Draft): string {
  const row = (name: string, found: { value: string; from: string } | undefined) =>
    `  ${name.padEnd(10)} ${found ? `${found.value}  (${found.from})` : `—  (not found; give it with --${name})`}\n`;
  const first =
    draft.firstParagraph.length > 300 ? `${draft.firstParagraph.slice(0, 297)}…` : draft.firstParagraph;
  return (
    `Found in ${draft.origin} (${draft.kind === 'html' ? 'a web page' : 'plain text'}):\n` +
    row('title', draft.title) +
    row('outlet', draft.outlet) +
    row('published', draft.published) +
    row('author', draft.author) +
    row('url', draft.url) +
    `  ${'passages'.padEnd(10)} ${draft.passages}\n` +
    `  first paragraph:\n    ${first}\n`
  );
}

class ReadError extends Error {}

/** knowledge/ inside the project, the full path elsewhere. */
function shortPath(dir: string): string {
  const inside = relative(process.cwd(), dir);
  return inside && !inside.startsWith('..') ? inside : dir;
}

async function readSource(
  input: string,
  stdin: AsyncIterable<Buffer | string>,
  options: { maxBytes: number; allowPrivate: boolean },
): Promise<IngestSource> {
  if (/^https?:\/\//i.test(input)) {
    const page = await fetchPage(input, options);
    return { bytes: page.bytes, origin: page.url, url: page.url, contentType: page.contentType };
  }
  if (input === '-') return { bytes: await readCapped(stdin, options.maxBytes), origin: 'stdin' };
  let size: number;
  try {
    size = (await stat(input)).size;
  } catch {
    throw new ReadError(`cannot read ${input}: check the path`);
  }
  // a file over the limit is refused without reading it: 20 MB should not hold anyone up
  if (size > options.maxBytes)
    throw new ReadError(
      `${input} is ${formatBytes(size)}, over the ${formatBytes(options.maxBytes)} limit for one article: split it into parts, or raise the limit with --max-size`,
    );
  const file = await open(input);
  try {
    return { bytes: await file.readFile(), origin: input };
  } finally {
    await file.close();
  }
}

/** Reads a stream up to one byte past the limit, so the size check can refuse it without holding it all. */
async function readCapped(stream: AsyncIterable<Buffer | string>, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
    chunks.push(buffer);
    size += buffer.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      yes: { type: 'boolean', short: 'y', default: false },
      published: { type: 'string' },
      title: { type: 'string' },
      outlet: { type: 'string' },
      author: { type: 'string' },
      url: { type: 'string' },
      'max-size': { type: 'string' },
      'allow-private': { type: 'boolean', default: false },
    },
  });
}
