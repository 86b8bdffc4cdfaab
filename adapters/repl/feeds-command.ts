import { parseArgs } from 'node:util';
import {
  addFeed,
  type FeedReport,
  FeedsFileError,
  matchWords,
  pollFeeds,
  readFeeds,
  readFeedsState,
} from '../../src/index.js';
import { publishKnowledgeFolder, quietLog } from '../knowledge-backend.js';
import { type CommandIo, processIo } from './command-io.js';

const USAGE = `Usage: talksbot feeds                         the feeds followed and their last poll
       talksbot feeds add <url> [--match words]  follow an RSS or Atom feed (only items with one of the words)
       talksbot feeds poll                    fetch every feed now and add its new stories`;

/** `talksbot feeds [add <url> [--match words] | poll]`. */
export async function feedsCommand(argv: string[], io: CommandIo = processIo()): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return 2;
  }
  const [action, url] = parsed.positionals;
  try {
    if (!action) return await listFeeds(io);
    if (action === 'add' && url) return await followFeed(url, parsed.values.match, io);
    if (action === 'poll') return await pollNow(io, parsed.values['allow-private']);
  } catch (error) {
    if (error instanceof FeedsFileError) {
      io.stderr(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  io.stderr(`${USAGE}\n`);
  return 2;
}

async function listFeeds(io: CommandIo): Promise<number> {
  const feeds = await readFeeds(io.config.knowledgeDir);
  if (!feeds.length) {
    io.stdout('No feeds yet: talksbot feeds add <rss-or-atom-url> [--match words]\n');
    return 0;
  }
  const state = await readFeedsState(io.config.knowledgeDir);
  for (const feed of feeds) {
    const seen = state[feed.url];
    const added = seen?.items.filter((item) => item.outcome === 'added').length ?? 0;
    io.stdout(
      `${feed.url}${feed.match ? `  (only: ${feed.match.join(', ')})` : ''}\n` +
        `  ${seen?.lastPolled ? `last polled ${seen.lastPolled}: ${seen.lastStatus}` : 'not polled yet'} · ${added} stories added · ${seen?.items.length ?? 0} items seen\n`,
    );
  }
  return 0;
}

async function followFeed(url: string, match: string | undefined, io: CommandIo): Promise<number> {
  try {
    new URL(url);
  } catch {
    io.stderr(`“${url}” is not a web address: give the feed's full url (https://…/feed.xml)\n`);
    return 2;
  }
  const words = matchWords(match);
  const isNew = await addFeed(io.config.knowledgeDir, { url, ...(words ? { match: words } : {}) });
  io.stdout(
    `${isNew ? 'Following' : 'Updated'} ${url}${words ? ` (only items with: ${words.join(', ')})` : ''}. ` +
      'talksbot feeds poll fetches it now; a running bot polls every FEEDS_POLL_MINUTES.\n',
  );
  return 0;
}

async function pollNow(io: CommandIo, allowPrivate: boolean): Promise<number> {
  const reports = await pollFeeds({
    knowledgeDir: io.config.knowledgeDir,
    allowPrivate: allowPrivate || io.config.fetchAllowPrivate,
  });
  if (!reports.length) io.stdout('No feeds yet: talksbot feeds add <rss-or-atom-url> [--match words]\n');
  for (const report of reports) io.stdout(describePoll(report));
  const added = reports.some(
    (r) => r.status !== 'failed' && r.status !== 'not modified' && r.items.some((i) => i.outcome === 'added'),
  );
  if (added && (await publishKnowledgeFolder(io.config, quietLog)))
    io.stdout('Stored the new stories in the database (DATABASE_URL): every replica answers from them.\n');
  return 0;
}

/** One feed's poll, one line per new item: what became of it and why. */
export function describePoll(report: FeedReport): string {
  if (report.status === 'not modified') return `${report.url}: not modified since the last poll\n`;
  if (report.status === 'failed') return `${report.url}: could not be read: ${report.reason}\n`;
  const lines = report.items.map((item) => {
    const what =
      item.outcome === 'added'
        ? `added as ${item.id}`
        : item.outcome === 'duplicate'
          ? `already known as ${item.id}`
          : item.outcome === 'not matching'
            ? `skipped: ${item.reason}`
            : `refused: ${item.reason}${item.retry ? ' (tried again next poll)' : ''}`;
    return `  ${item.title || item.link || item.key}\n    ${what}\n`;
  });
  const count = report.items.length;
  return `${report.url}: ${count ? `${count} new item${count === 1 ? '' : 's'}` : 'nothing new'}\n${lines.join('')}`;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { match: { type: 'string' }, 'allow-private': { type: 'boolean', default: false } },
  });
}
