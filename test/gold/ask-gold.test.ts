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

async function scoreSet(file: string) {
  const lines = (await readFile(join(ROOT, 'test', 'fixtures', file), 'utf8')).split('\n').filter(Boolean);
  const gold = lines.map(
    (l) => JSON.parse(l) as { id: string; q: string; any?: string[]; src?: string; abstain?: boolean },
  );
  const answers = await askCli(
    gold.map((g) => `/ask ${g.q}`),
    CLI_COMMAND,
  );
  const seeds = await readSeedTexts(KNOWLEDGE_DIR);
  const results = gold.map((g, i) => ({ g, r: scoreQa(g, answers[i]!, seeds) }));
  return {
    answered: results.filter(({ g, r }) => !g.abstain && r.pass).length,
    abstained: results.filter(({ g, r }) => g.abstain && r.pass).length,
  };
}

// team-written sets, blind to the engine: floors at the measured scores guard against regressions
describe('/ask on the team-written sets', () => {
  it('dev-style set: at least 45/50 answered and 10/10 abstained', async () => {
    const { answered, abstained } = await scoreSet('style-qa.jsonl');
    expect(answered).toBeGreaterThanOrEqual(45);
    expect(abstained).toBe(10);
  });

  // 32 was reached with hand synonym groups added to match this set's misses (issue #11); with WordNet in
  // their place, and the fitted confidence model abstaining on weak matches, the honest score was 28; since
  // typo tolerance leaves English words alone (#12), "attach" is no longer misread as "attacks", which had
  // happened to find one answer: 27
  it('paraphrase set: at least 27/60 answered and 8/15 abstained', async () => {
    const { answered, abstained } = await scoreSet('team-qa.jsonl');
    expect(answered).toBeGreaterThanOrEqual(27);
    expect(abstained).toBeGreaterThanOrEqual(8);
  });
});
