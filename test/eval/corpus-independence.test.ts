import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildKnowledgeDir, readCorpus } from '../../scripts/eval/corpus.js';
import { readGold } from '../../scripts/eval/gold.js';
import { plan } from '../../scripts/eval/score.js';
import { readSeedTexts } from '../../scripts/eval/seeds.js';
import { type Answer, createEngine, type LoadedEngine, type TimelineEvent } from '../../src/index.js';
import { runLine } from '../../src/intent/run-line.js';
import { dayBounds } from '../../src/nlp/dates/index.js';
import { KNOWLEDGE_DIR, ROOT } from '../helpers.js';

/**
 * Adding articles must not change what the bot says about the others, except where a new article says
 * it too. The rule checked, over the bundled gold (test/fixtures/gold) with the development corpus's
 * twenty articles (test/fixtures/corpus) added to the five bundled ones, against the five alone:
 * - every who-said, non-quote and timeline gold line that passes alone passes with the corpus;
 * - an /ask gold answer is the same reply, or it now cites an added article whose cited words hold the
 *   gold answer as well (the new article says it, perhaps more directly); an abstention stays one;
 * - every event of the bundled timeline is still there with its passage among the sources, on the same
 *   date or a more precise one within it (a new report may join it, and lead it when it dates it
 *   more precisely: "early June" joined by "the round on June 2").
 * Merging and answer thresholds that grew looser with the corpus's size would break this.
 */

const GOLD_DIR = join(ROOT, 'test', 'fixtures', 'gold');
const CORPUS_DIR = join(ROOT, 'test', 'fixtures', 'corpus');

let dir: string;
let alone: LoadedEngine;
let added: LoadedEngine;
beforeAll(async () => {
  ({ dir } = await buildKnowledgeDir({
    bundledDir: KNOWLEDGE_DIR,
    corpus: await readCorpus(CORPUS_DIR),
    withBundledArticles: true,
  }));
  alone = await createEngine({ knowledgeDir: KNOWLEDGE_DIR });
  added = await createEngine({ knowledgeDir: join(dir, 'knowledge') });
}, 240_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

async function answersOf(engine: LoadedEngine, lines: string[]): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const line of lines) answers.push(await runLine(engine, line));
  return answers;
}

const fold = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe('adding articles leaves the bundled gold answers alone (corpus-size independence)', () => {
  it('keeps every bundled gold line, and moves an /ask answer only to a new article that says it', async () => {
    const gold = await readGold(GOLD_DIR);
    const { lines, score } = plan(gold);
    const before = await answersOf(alone, lines);
    const after = await answersOf(added, lines);
    const sectionsBefore = score(before, await readSeedTexts(KNOWLEDGE_DIR));
    const sectionsAfter = score(after, await readSeedTexts(join(dir, 'knowledge')));
    for (const name of ['who-said', 'non-quotes', 'timeline', 'ask (abstained)']) {
      const was = sectionsBefore.find((s) => s.name === name)!.results;
      const now = sectionsAfter.find((s) => s.name === name)!.results;
      expect(now.length, name).toBe(was.length);
      now.forEach((result, i) => {
        if (was[i]!.pass) expect(result.pass, `${name} ${result.id}: ${result.detail}`).toBe(true);
      });
    }
    const bundledIds = new Set(alone.knowledge.articles.map((a) => a.id));
    for (const [i, g] of gold.qa.entries()) {
      const [was, now] = [before[i]!, after[i]!];
      if (was.kind !== 'answer' || now.kind !== 'answer') {
        expect(now.kind).toBe(was.kind);
        continue;
      }
      if (g.abstain || was.abstained) {
        expect(now.abstained, g.q).toBe(was.abstained);
        continue;
      }
      const same = now.text === was.text && now.citations[0]?.passage === was.citations[0]?.passage;
      if (same) continue;
      const cited = now.citations[0];
      expect(now.abstained, `${g.q}: abstains with the corpus`).toBe(false);
      expect(cited && !bundledIds.has(cited.articleId), `${g.q}: moved to another bundled passage`).toBe(
        true,
      );
      const words = fold(`${now.text} ${cited?.passage ?? ''}`);
      expect(
        (g.any ?? []).some((answer) => words.includes(fold(answer))),
        `${g.q}: the new article's passage does not hold the answer (${now.text})`,
      ).toBe(true);
    }
  }, 240_000);

  it('keeps every bundled event on its date or a more precise one, with its passage among the sources', async () => {
    const events = (await added.timeline()).events;
    const reports = (event: TimelineEvent) => (event.sources ?? []).map((s) => s.passage);
    const within = (inner: TimelineEvent, outer: TimelineEvent) =>
      dayBounds(inner.date)[0] >= dayBounds(outer.date)[0] &&
      dayBounds(inner.endDate ?? inner.date)[1] <= dayBounds(outer.endDate ?? outer.date)[1];
    const missing = (await alone.timeline()).events.filter(
      (event) => !events.some((e) => within(e, event) && reports(e).includes(event.passage)),
    );
    expect(missing.map((e) => `${e.date} ${e.text}`)).toEqual([]);
  }, 240_000);
});
