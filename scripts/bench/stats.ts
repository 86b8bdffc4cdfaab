/** Latency summary of one command over the query mix, in milliseconds. */
export interface Latency {
  p50: number;
  p99: number;
  mean: number;
  samples: number;
}

/** Nearest-rank percentile of unsorted samples. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export function summarise(samples: number[]): Latency {
  const mean = samples.reduce((sum, x) => sum + x, 0) / Math.max(1, samples.length);
  return {
    p50: round(percentile(samples, 0.5)),
    p99: round(percentile(samples, 0.99)),
    mean: round(mean),
    samples: samples.length,
  };
}

export function median(samples: number[]): number {
  return percentile(samples, 0.5);
}

/**
 * Times `run(item)` for every item (awaited: the engine is async), `reps` passes, after one untimed
 * warm-up pass over a few items.
 */
export async function timeEach<T>(
  items: readonly T[],
  reps: number,
  run: (item: T) => unknown,
): Promise<number[]> {
  for (const item of items.slice(0, 20)) await run(item);
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    for (const item of items) {
      const start = performance.now();
      await run(item);
      samples.push(performance.now() - start);
    }
  }
  return samples;
}

export function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}
