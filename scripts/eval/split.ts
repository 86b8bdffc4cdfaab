import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Assigns `"split": "train" | "test"` to every line of a question set: a seeded shuffle within each `kind`,
 * the first 60% (rounded) of each kind to train. Run once, before any tuning, and commit the result; the
 * split is then part of the set and is never re-drawn (re-running with the same seed gives the same split).
 *
 *   npx tsx scripts/eval/split.ts test/fixtures/people-qa.jsonl [seed]
 */
export const TRAIN_SHARE = 0.6;

/** mulberry32: a tiny, well-known 32-bit PRNG, so the split does not depend on Math.random or Node. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function assignSplits<T extends { id: string; kind?: string }>(
  rows: T[],
  seed: number,
): (T & { split: 'train' | 'test' })[] {
  const random = prng(seed);
  const byKind = new Map<string, string[]>();
  for (const row of rows) byKind.set(row.kind ?? '', [...(byKind.get(row.kind ?? '') ?? []), row.id]);
  const train = new Set<string>();
  for (const ids of byKind.values()) {
    const shuffled = [...ids];
    for (let i = shuffled.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
    }
    for (const id of shuffled.slice(0, Math.round(shuffled.length * TRAIN_SHARE))) train.add(id);
  }
  return rows.map((row) => ({ ...row, split: train.has(row.id) ? 'train' : 'test' }));
}

async function main(): Promise<void> {
  const [file, seedText = '12'] = process.argv.slice(2);
  if (!file) throw new Error('usage: split.ts <set.jsonl> [seed]');
  const rows = (await readFile(file, 'utf8'))
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { id: string; kind?: string; split?: string });
  const split = assignSplits(
    rows.map(({ split: _old, ...row }) => row),
    Number(seedText),
  );
  await writeFile(file, `${split.map((row) => JSON.stringify(row)).join('\n')}\n`);
  const counts = split.reduce<Record<string, number>>((acc, r) => {
    acc[`${r.kind}/${r.split}`] = (acc[`${r.kind}/${r.split}`] ?? 0) + 1;
    return acc;
  }, {});
  process.stdout.write(`${JSON.stringify(counts, null, 1)}\n`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    process.stderr.write(`split failed: ${String(error)}\n`);
    process.exitCode = 1;
  });
}
