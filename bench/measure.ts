export type BenchEntry = {
  value: number;
  unit: string;
  baseline?: number;
  ratio?: number;
  budget?: number;
  note?: string;
};

/** Median wall time of `runs` calls after `warmup` unmeasured ones. */
export async function medianMs(fn: () => unknown, runs = 15, warmup = 3): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]!);
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

export function withPeer(value: number, baseline: number, extra: Partial<BenchEntry> = {}): BenchEntry {
  return { value, unit: 'ms', baseline, ratio: round(value / Math.max(baseline, 0.001)), ...extra };
}
