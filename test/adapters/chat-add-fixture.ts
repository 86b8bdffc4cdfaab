import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ChatAddSettings } from '../../adapters/shared/add-from-chat.js';
import { createLiveEngine, type LiveEngine, type ReloadReport } from '../../src/index.js';
import { fixture, type PageServer, startPageServer } from '../ingest/page-server.js';

/**
 * What the /talks-add tests share: a knowledge folder with one invented article, a live engine over it
 * (rebuilt when an article is added, as `npm start`'s is), and a loopback web server with the team's
 * invented news page. 127.0.0.1 is private, so the page can only be added once `allowPrivate` is turned on:
 * the test-only configuration the brief asks for.
 */
const SEED = `---
id: 2025-08-30-harbour-festival-returns-to-kessel
title: Harbour festival returns to Kessel
outlet: The Kessel Courier
author: null
published: 2025-08-30
---
The harbour festival returned to Kessel on Saturday after two quiet years, with boat races along the old quay.
Organisers said eleven crews had entered the main race, which the ferry workers' team won by half a length.
`;

/** the news page's answer: a question the seed article cannot answer and the page can */
export const QUESTION = 'How long did the first session of the water talks last?';
export const ANSWER_WORDS = 'five hours';
export const PAGE_PATH = '/world/2025/09/03/orrin-water-talks-resume';

export interface ChatAddFixture {
  dir: string;
  knowledgeDir: string;
  engine: LiveEngine;
  pages: PageServer;
  /** the settings the adapters get; a test turns allowPrivate on after checking the refusal */
  adding: ChatAddSettings & { allowPrivate: boolean };
  pageUrl: string;
  articleFiles(): Promise<string[]>;
  close(): Promise<void>;
}

export interface FixtureOptions {
  /** watch the folder, as `npm start` does (off by default: the adapters reload after adding) */
  watch?: boolean;
  onReload?: (report: ReloadReport | Error) => void;
}

export async function startChatAddFixture(options: FixtureOptions = {}): Promise<ChatAddFixture> {
  const dir = await mkdtemp(join(tmpdir(), 'talksbot-chat-add-'));
  const knowledgeDir = join(dir, 'knowledge');
  await mkdir(knowledgeDir);
  await writeFile(join(knowledgeDir, '2025-08-30-harbour-festival-returns-to-kessel.md'), SEED);
  const engine = await createLiveEngine({
    knowledgeDir,
    cacheDir: join(dir, 'cache'),
    ...(options.watch ? { watch: true, debounceMs: 100 } : {}),
    ...(options.onReload ? { onReload: options.onReload } : {}),
  });
  const pages = await startPageServer({ [PAGE_PATH]: fixture('news-jsonld.html') });
  const adding = { knowledgeDir, allowPrivate: false, reload: () => engine.reload() };
  return {
    dir,
    knowledgeDir,
    engine,
    pages,
    adding,
    pageUrl: `${pages.base}${PAGE_PATH}`,
    articleFiles: async () => (await readdir(knowledgeDir)).filter((name) => name.endsWith('.md')).sort(),
    close: async () => {
      engine.close();
      await pages.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
