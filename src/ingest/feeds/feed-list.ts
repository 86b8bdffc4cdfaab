import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { yaml } from '../../text/yaml.js';
import { replaceFile } from '../knowledge-files.js';

/** The feeds to follow live beside the articles, as data a person can read and edit. */
export const FEEDS_FILE = 'feeds.yml';

const feedSchema = z.object({
  url: z.url({ error: 'must be a full http(s) URL' }),
  /** only items whose title or summary has one of these words are added */
  match: z.array(z.string()).optional(),
});
const feedsSchema = z.object({ feeds: z.array(feedSchema).default([]) });
export type Feed = z.infer<typeof feedSchema>;

export class FeedsFileError extends Error {
  override name = 'FeedsFileError';
}

export async function readFeeds(knowledgeDir: string): Promise<Feed[]> {
  let text: string;
  try {
    text = await readFile(join(knowledgeDir, FEEDS_FILE), 'utf8');
  } catch {
    return [];
  }
  let data: unknown;
  try {
    data = yaml().parse(text) ?? {};
  } catch (error) {
    throw new FeedsFileError(`${FEEDS_FILE} is not valid YAML (${String(error)}): fix or delete it`);
  }
  const parsed = feedsSchema.safeParse(data);
  if (!parsed.success)
    throw new FeedsFileError(
      `${FEEDS_FILE}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`,
    );
  return parsed.data.feeds;
}

/** Adds a feed, or updates its match words when it is there already; answers whether it was new. */
export async function addFeed(knowledgeDir: string, feed: Feed): Promise<boolean> {
  const feeds = await readFeeds(knowledgeDir);
  const existing = feeds.find((f) => f.url === feed.url);
  if (existing) {
    if (feed.match) existing.match = feed.match;
    else delete existing.match;
  } else feeds.push(feed);
  await replaceFile(
    join(knowledgeDir, FEEDS_FILE),
    `# Feeds talksbot follows (talksbot feeds add <url> [--match words]); polled by talksbot feeds poll\n${yaml().stringify({ feeds })}`,
  );
  return !existing;
}

/** Split "--match ceasefire,talks Ukraine" into words. */
export function matchWords(text: string | undefined): string[] | undefined {
  const words = text
    ?.split(/[\s,]+/)
    .map((w) => w.trim())
    .filter(Boolean);
  return words?.length ? words : undefined;
}
