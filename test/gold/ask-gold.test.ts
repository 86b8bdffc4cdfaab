import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readGold } from '../../scripts/eval/gold.js';
import { scoreQa } from '../../scripts/eval/score.js';
import { readSeedTexts } from '../../scripts/eval/seeds.js';
import { askCli } from '../../scripts/eval.js';
import { CLI_COMMAND, KNOWLEDGE_DIR, ROOT } from '../helpers.js';

// scored through the CLI's --json mode, exactly as the project is judged
describe('/ask on the development gold set', () => {
  it('answers 11/11 from the right article and abstains on 2/2', async () => {
    const gold = await readGold(join(ROOT, 'test', 'fixtures', 'gold'));
    const answers = await askCli(
      gold.qa.map((g) => `/ask ${g.q}`),
      CLI_COMMAND,
    );
    const seeds = await readSeedTexts(KNOWLEDGE_DIR);
    const failures = gold.qa.map((g, i) => scoreQa(g, answers[i]!, seeds)).filter((r) => !r.pass);
    expect(failures).toEqual([]);
    expect(gold.qa.filter((g) => !g.abstain)).toHaveLength(11);
  });
});

// an independent, harder set written to paraphrase the articles; a floor against regressions
describe('/ask on the team-written set', () => {
  it('keeps its measured floor', async () => {
    const lines = (await readFile(join(ROOT, 'test', 'fixtures', 'team-qa.jsonl'), 'utf8'))
      .split('\n')
      .filter(Boolean);
    const gold = lines.map(
      (l) => JSON.parse(l) as { id: string; q: string; any?: string[]; src?: string; abstain?: boolean },
    );
    const answers = await askCli(
      gold.map((g) => `/ask ${g.q}`),
      CLI_COMMAND,
    );
    const seeds = await readSeedTexts(KNOWLEDGE_DIR);
    const results = gold.map((g, i) => ({ g, r: scoreQa(g, answers[i]!, seeds) }));
    const answered = results.filter(({ g, r }) => !g.abstain && r.pass).length;
    const abstained = results.filter(({ g, r }) => g.abstain && r.pass).length;
    expect(answered).toBeGreaterThanOrEqual(35);
    expect(abstained).toBeGreaterThanOrEqual(7);
  });
});
