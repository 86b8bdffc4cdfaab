import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { replaceFile } from '../knowledge-files.js';

/** What each poll did, beside the feeds list: the validators for conditional GET and every item's result. */
export const FEEDS_STATE_FILE = 'feeds-state.json';

/** Items remembered per feed: far more than a feed lists at once, and a bound on the file's size. */
const ITEMS_KEPT = 1000;

export type ItemOutcome = 'added' | 'duplicate' | 'refused' | 'not matching';

export interface ItemRecord {
  key: string;
  link?: string | undefined;
  title: string;
  outcome: ItemOutcome;
  /** the article id for added and duplicate items */
  id?: string | undefined;
  reason?: string | undefined;
  /** a refusal for a passing reason (a time-out, a 503): the next poll tries the item again */
  retry?: boolean | undefined;
  at: string;
}

export interface FeedState {
  etag?: string | undefined;
  lastModified?: string | undefined;
  lastPolled?: string | undefined;
  lastStatus?: string | undefined;
  items: ItemRecord[];
}

export type FeedsState = Record<string, FeedState>;

export async function readFeedsState(knowledgeDir: string): Promise<FeedsState> {
  try {
    return JSON.parse(await readFile(join(knowledgeDir, FEEDS_STATE_FILE), 'utf8')) as FeedsState;
  } catch {
    // missing or damaged: every item is checked again, and the duplicate checks keep stories single
    return {};
  }
}

export async function writeFeedsState(knowledgeDir: string, state: FeedsState): Promise<void> {
  for (const feed of Object.values(state)) feed.items = feed.items.slice(-ITEMS_KEPT);
  await replaceFile(join(knowledgeDir, FEEDS_STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}
