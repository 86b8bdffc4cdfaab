import { readdir, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PROJECT_ROOT } from '../adapters/config.js';
import { traceAnswer } from '../src/ask/answer-question.js';
import { type ConfidenceFeatures, FEATURE_NAMES, featureVector } from '../src/ask/confidence.js';
import { createEngine } from '../src/index.js';
import { type QaGold, readQaSet } from './eval/gold.js';
import { scoreQa } from './eval/score.js';
import { readSeedTexts } from './eval/seeds.js';

/**
 * `npm run fit-confidence`: fits /ask's confidence model — a logistic regression over the ranking's own
 * features — on training questions only: the train split of every split set, and the development sets
 * (which have no split and were tuned on anyway). Never a test split. For each question the best
 * candidate is labelled right or wrong by the eval's own rule, as if it had been answered; an
 * unanswerable question's candidate is wrong by definition. The abstention threshold is the one that
 * gets most training questions right. Writes src/ask/confidence-model.json.
 */
const ROOT = PROJECT_ROOT;
const MODEL_FILE = join(ROOT, 'src', 'ask', 'confidence-model.json');

interface Example {
  x: number[];
  y: number;
  /** the line should be answered (false: it is unanswerable) */
  answerable: boolean;
}

async function trainingQuestions(): Promise<{ set: string; gold: QaGold }[]> {
  const dir = join(ROOT, 'test', 'fixtures');
  const files = [
    ...(await readdir(dir)).filter((f) => f.endsWith('-qa.jsonl')).map((f) => join(dir, f)),
    join(dir, 'gold', 'dev-qa.jsonl'),
  ];
  const lines: { set: string; gold: QaGold }[] = [];
  for (const file of files) {
    for (const gold of await readQaSet(file)) {
      if (gold.split === 'test') continue; // never fitted on, never read here
      if (gold.expect === 'not-answer') continue; // chat lines are not ranked
      lines.push({ set: basename(file), gold });
    }
  }
  return lines;
}

/** Plain batch gradient descent on the L2-regularised log loss; features are standardised first. */
export function fitLogistic(
  examples: Example[],
  { rate = 0.1, steps = 4000, l2 = 0.1 } = {},
): { weights: number[]; bias: number } {
  const n = examples.length;
  const d = examples[0]!.x.length;
  const mean = Array.from({ length: d }, (_, j) => examples.reduce((s, e) => s + e.x[j]!, 0) / n);
  const sd = Array.from({ length: d }, (_, j) =>
    Math.max(1e-6, Math.sqrt(examples.reduce((s, e) => s + (e.x[j]! - mean[j]!) ** 2, 0) / n)),
  );
  const z = examples.map((e) => e.x.map((v, j) => (v - mean[j]!) / sd[j]!));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < steps; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    z.forEach((x, i) => {
      const p = 1 / (1 + Math.exp(-(b + x.reduce((s, v, j) => s + v * w[j]!, 0))));
      const err = p - examples[i]!.y;
      for (let j = 0; j < d; j++) gw[j]! += err * x[j]!;
      gb += err;
    });
    for (let j = 0; j < d; j++) w[j]! -= rate * (gw[j]! / n + l2 * w[j]!);
    b -= rate * (gb / n);
  }
  // back to raw feature units, so the engine needs no scaling step
  const weights = w.map((wj, j) => wj / sd[j]!);
  const bias = b - w.reduce((s, wj, j) => s + (wj * mean[j]!) / sd[j]!, 0);
  return { weights, bias };
}

const sigmoid = (v: number) => 1 / (1 + Math.exp(-v));

async function main(): Promise<void> {
  const engine = await createEngine({ knowledgeDir: join(ROOT, 'knowledge') });
  const seeds = await readSeedTexts(join(ROOT, 'knowledge'));
  const examples: Example[] = [];
  const unranked = { answerable: 0, unanswerable: 0 };
  for (const { gold } of await trainingQuestions()) {
    const trace = await traceAnswer(engine.knowledge, gold.q);
    if (!trace.features || !trace.candidate) {
      if (gold.abstain) unranked.unanswerable++;
      else unranked.answerable++;
      continue;
    }
    const asIfAnswered = {
      kind: 'answer' as const,
      text: trace.candidate.passage,
      abstained: false,
      confidence: 1,
      citations: [trace.candidate],
    };
    const right = !gold.abstain && scoreQa(gold, asIfAnswered, seeds).pass;
    examples.push({
      x: featureVector(trace.features as ConfidenceFeatures),
      y: right ? 1 : 0,
      answerable: !gold.abstain,
    });
  }
  const { weights, bias } = fitLogistic(examples);
  const p = (e: Example) => sigmoid(bias + e.x.reduce((s, v, j) => s + v * weights[j]!, 0));
  // the threshold that gets most ranked training questions right: answer when p ≥ t
  let best = { t: 0.5, right: -1 };
  for (let t = 0.2; t <= 0.8; t += 0.01) {
    // as the eval scores it: an answer is right when correct, an abstention only on an unanswerable line
    const right = examples.filter((e) => (p(e) >= t ? e.y === 1 : !e.answerable)).length;
    if (right > best.right) best = { t: Math.round(t * 100) / 100, right };
  }
  const model = {
    note: 'fitted by scripts/fit-confidence.ts on training questions only (train splits and development sets); do not edit by hand',
    fittedOn: { examples: examples.length, right: examples.filter((e) => e.y === 1).length, unranked },
    features: [...FEATURE_NAMES],
    weights: weights.map((v) => Math.round(v * 1e4) / 1e4),
    bias: Math.round(bias * 1e4) / 1e4,
    abstainBelow: best.t,
  };
  await writeFile(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  process.stdout.write(
    `fitted on ${examples.length} ranked training questions (${model.fittedOn.right} right if answered); ` +
      `abstain below ${best.t} gets ${best.right}/${examples.length} of them right\n${JSON.stringify(model.weights)} bias ${model.bias}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`fit-confidence failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
