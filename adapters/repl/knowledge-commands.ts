import { parseArgs } from 'node:util';
import { knownArticles, newestFirst, removeArticle } from '../../src/index.js';
import { publishKnowledgeFolder, quietLog } from '../knowledge-backend.js';
import { type CommandIo, processIo } from './command-io.js';

/** `talksbot list`: every article with its id, date, outlet, title, passages and where it came from. */
export async function listArticles(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { json: { type: 'boolean', default: false } } });
  const { config } = io;
  const { articles, skipped } = await knownArticles(config.knowledgeDir);
  const rows = [...articles].sort(newestFirst).map((article) => ({
    id: article.id,
    published: article.published,
    outlet: article.outlet,
    title: article.title,
    passages: article.sentences.length,
    from: article.url ?? article.source ?? article.file,
  }));
  if (values.json) {
    io.stdout(`${JSON.stringify({ articles: rows, skipped })}\n`);
    return 0;
  }
  for (const row of rows)
    io.stdout(
      `${row.id}\n  ${row.published} · ${row.outlet ?? 'outlet not stated'} · ${row.passages} passages · ${row.title}\n  from ${row.from}\n`,
    );
  for (const file of skipped) io.stdout(`skipped ${file.file}: ${file.reason}\n`);
  if (!rows.length) io.stdout('No articles yet: add one with talksbot add <file | url>.\n');
  return 0;
}

/** `talksbot remove <id>`: deletes that article's file (the next start or reload drops it). */
export async function removeCommand(argv: string[], io: CommandIo = processIo()): Promise<number> {
  const { positionals } = parseArgs({ args: argv, allowPositionals: true, options: {} });
  const [id] = positionals;
  if (!id) {
    io.stderr('Which article? Usage: talksbot remove <id> (talksbot list shows the ids)\n');
    return 2;
  }
  const { config } = io;
  const removed = await removeArticle(config.knowledgeDir, id);
  if (!removed) {
    io.stderr(`No article has the id ${id}: talksbot list shows the ids.\n`);
    return 2;
  }
  io.stdout(`Removed ${removed.file} (${removed.title}, ${removed.published}).\n`);
  if (await publishKnowledgeFolder(config, quietLog, [removed.file]))
    io.stdout('Removed from the database (DATABASE_URL) too: no replica answers from it now.\n');
  return 0;
}
