import { Borda, Copeland, Kemeny, RankedPairs, Schulze, utils } from 'votes';
import {
  aggregate,
  analyzeRound,
  kemenyConsensus,
  majorityMatrix,
  schulzeStrongestPaths,
  type Method,
} from '../../src/shared/domain/ranking';
import { seededRandom, shuffleInPlace } from '../../src/shared/domain/ranking/random';
import type { BenchEntry } from '../measure';

/**
 * Ranking engine benchmarks (docs/quality.md, "It stays fast"), with the npm package `votes`
 * 3.0.0 run side by side on the same ballots where both implement a method.
 *
 * Profiles are seeded random strict rankings (impartial culture): the hardest case for
 * the consensus search, because no item dominates and nothing splits into smaller parts.
 *
 * How the comparison with `votes` is kept fair and honest:
 * - both sides start from the same ballots; our time includes validation, the pairwise
 *   table and the method, `votes` time includes its own pairwise matrix (`matrixFromBallots`);
 * - before timing, both orders are compared. Tie handling differs by design, so a difference
 *   is accepted only when it is a tie on one side that the other side breaks (no pair is
 *   ordered the opposite way); anything else throws:
 *   - Schulze: `votes` ranks by the number of candidates each one beats; we layer by the
 *     relation itself (tier 1 = the winner set). Both respect every pair the Schulze
 *     relation decides; they may differ only on pairs it leaves undecided (equal strongest
 *     paths), which the check verifies against the strongest-path table;
 *   - Kemeny: `votes` averages the positions of all optimal orders into one order; we report
 *     the items the optimal orders disagree on as a tier; the note says how many pairwise
 *     disagreements `votes`' single order costs above the optimum (0 = it is optimal);
 * - `votes` tries every order for Kemeny (n = 10 takes about 0.5 s), so Kemeny is compared
 *   at 8 items; its Ranked Pairs overflows the call stack on many profiles of 8+ items, so
 *   Ranked Pairs is compared at 6 items and 11 voters (odd, so no pairwise ties).
 */
type Entry = BenchEntry;

function randomProfile(
  n: number,
  voters: number,
  seed: number,
): { candidates: string[]; rankings: string[][] } {
  const random = seededRandom(seed);
  const candidates = Array.from({ length: n }, (_, i) => `Priority ${i + 1}`);
  const rankings = Array.from({ length: voters }, () => {
    const order = candidates.slice();
    shuffleInPlace(order, random);
    return order;
  });
  return { candidates, rankings };
}

/** Mallows model by repeated insertion: each voter's order drifts from the reference, more so as φ → 1. */
function mallowsProfile(
  n: number,
  voters: number,
  phi: number,
  seed: number,
): { candidates: string[]; rankings: string[][] } {
  const random = seededRandom(seed);
  const candidates = Array.from({ length: n }, (_, i) => `Priority ${i + 1}`);
  const rankings = Array.from({ length: voters }, () => {
    const order: string[] = [];
    candidates.forEach((item, i) => {
      // Insert at slot j ∈ [0, i] with weight φ^(i − j): near the reference place is likeliest.
      const weights = Array.from({ length: i + 1 }, (_, j) => phi ** (i - j));
      let r = random() * weights.reduce((a, b) => a + b, 0);
      let slot = 0;
      while (slot < i && r >= weights[slot]!) r -= weights[slot++]!;
      order.splice(slot, 0, item);
    });
    return order;
  });
  return { candidates, rankings };
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function time(run: () => unknown, repeats: number, warmup = 3): number {
  for (let i = 0; i < warmup; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * 'same', or 'ties differ' when the only differences are pairs one side ties and the other
 * orders, or pairs the method's own relation leaves undecided (`undecided`); throws on a
 * real disagreement.
 */
function compareOrders(
  label: string,
  ours: string[][],
  theirs: string[][],
  undecided: (x: string, y: string) => boolean = () => false,
): 'same' | 'ties differ' {
  const place = (order: string[][]) => new Map(order.flatMap((tier, t) => tier.map((c) => [c, t] as const)));
  const a = place(ours);
  const b = place(theirs);
  let same = a.size === b.size;
  const items = [...a.keys()];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i]!;
      const y = items[j]!;
      const sa = Math.sign(a.get(x)! - a.get(y)!);
      const sb = Math.sign((b.get(x) ?? NaN) - (b.get(y) ?? NaN));
      if (Number.isNaN(sb)) throw new Error(`${label}: votes left out ${x} or ${y}`);
      if (sa !== sb) same = false;
      if (sa !== 0 && sb !== 0 && sa !== sb && !undecided(x, y)) {
        throw new Error(
          `${label}: the orders disagree on ${x} and ${y} (ours ${JSON.stringify(ours)}, votes ${JSON.stringify(theirs)})`,
        );
      }
    }
  }
  return same ? 'same' : 'ties differ';
}

function sideBySide(
  label: string,
  method: Method,
  profile: { candidates: string[]; rankings: string[][] },
  theirs: (ballots: Array<{ ranking: string[][]; weight: number }>, candidates: string[]) => string[][],
  repeats: number,
  extraCheck?: (ours: string[][], votes: string[][]) => string | undefined,
  undecided?: (x: string, y: string) => boolean,
): Entry {
  const ballots = profile.rankings.map((ranking) => ({ ranking }));
  const votesBallots = profile.rankings.map((ranking) => ({ ranking: ranking.map((c) => [c]), weight: 1 }));
  const ours = aggregate(profile.candidates, ballots, method).order;
  const baselineOrder = theirs(votesBallots, profile.candidates);
  const verdict = compareOrders(label, ours, baselineOrder, undecided);
  const extra = extraCheck?.(ours, baselineOrder);
  const value = time(() => aggregate(profile.candidates, ballots, method), repeats);
  const baseline = time(() => theirs(votesBallots, profile.candidates), repeats);
  return {
    value: round(value),
    unit: 'ms',
    baseline: round(baseline),
    ratio: round(value / baseline),
    note: `orders ${verdict === 'same' ? 'identical' : 'compatible; only tie handling differs'}${extra ? `; ${extra}` : ''}`,
  };
}

export default async function runRankingBench(): Promise<Record<string, Entry>> {
  const results: Record<string, Entry> = {};

  const big = randomProfile(30, 12, 20261);
  const ballots = big.rankings.map((ranking, i) => ({ voterId: `exec-${i + 1}`, ranking }));
  let last = analyzeRound({ candidates: big.candidates, ballots });
  const analyzeMs = time(() => (last = analyzeRound({ candidates: big.candidates, ballots })), 21);
  results['ranking.analyze.30x12'] = {
    value: round(analyzeMs),
    unit: 'ms',
    budget: 50,
    note: `median of 21 runs; six methods, majority matrix, Condorcet, W/χ²/p, ρ, distances, contest signals; Kemeny ${
      last.kemeny.exact
        ? 'exact'
        : `local search, within ${last.kemeny.disagreement - last.kemeny.lowerBound} of optimal`
    }`,
  };

  // A typical room: 12 people who share a rough order and disagree around it (Mallows
  // model, dispersion 0.75), so the majority graph splits into entangled groups and the
  // exact search runs per group, ranges and the representative order included.
  const typical = mallowsProfile(30, 12, 0.75, 4242);
  const typicalBallots = typical.rankings.map((ranking, i) => ({ voterId: `exec-${i + 1}`, ranking }));
  let typicalResult = analyzeRound({ candidates: typical.candidates, ballots: typicalBallots });
  const typicalMs = time(
    () => (typicalResult = analyzeRound({ candidates: typical.candidates, ballots: typicalBallots })),
    21,
  );
  const kTypical = kemenyConsensus(typical.candidates, typicalBallots);
  const kemeny30Ms = time(() => kemenyConsensus(typical.candidates, typicalBallots), 21);
  results['ranking.kemeny.30x12'] = {
    value: round(kemeny30Ms),
    unit: 'ms',
    budget: 50,
    note: `median of 21 runs; Mallows profile (φ 0.75); ${kTypical.exact ? 'exact' : 'best found'}, largest entangled group ${Math.max(
      ...kTypical.componentSizes,
    )} items; no peer: the npm package \`votes\` tries every order (30! here)`,
  };
  results['ranking.analyze.30x12.typical'] = {
    value: round(typicalMs),
    unit: 'ms',
    budget: 50,
    note: `median of 21 runs; everything the results screen shows, place ranges over ${
      typicalResult.kemeny.optimalCount ?? '?'
    } optimal order(s), camps and certainties included`,
  };

  const k20 = randomProfile(20, 12, 7);
  const k20Ballots = k20.rankings.map((ranking) => ({ ranking }));
  // Let pending work and finalisers run first, so the memory reading is about this search.
  await new Promise((resolve) => setImmediate(resolve));
  const memoryBefore = process.memoryUsage();
  const k = kemenyConsensus(k20.candidates, k20Ballots);
  const memoryAfter = process.memoryUsage();
  if (!k.exact || Math.max(...k.componentSizes) !== 20) {
    throw new Error(
      `ranking.kemeny.20 must exercise one exact 20-item search; got components ${k.componentSizes.join(', ')}`,
    );
  }
  const kemenyMs = time(() => kemenyConsensus(k20.candidates, k20Ballots), 7, 2);
  results['ranking.kemeny.20'] = {
    value: round(kemenyMs),
    unit: 'ms',
    budget: 150,
    note: `median of 7 runs; exact DP over 2^20 subsets, one 20-item majority component, ${k.optimalCount} optimal order(s)`,
  };
  results['ranking.kemeny.20.memory'] = {
    value: round(k.bytes / 2 ** 20, 1),
    unit: 'MB',
    note: `typed arrays of the exact search (Int32 costs + Float64 path counts + lookup tables); process arrayBuffers grew ${round(
      (memoryAfter.arrayBuffers - memoryBefore.arrayBuffers) / 2 ** 20,
      1,
    )} MB, rss ${round((memoryAfter.rss - memoryBefore.rss) / 2 ** 20, 1)} MB during the first run`,
  };

  results['ranking.borda.30x12'] = sideBySide(
    'Borda',
    'borda',
    big,
    (b, c) => new Borda({ candidates: c, ballots: b }).ranking(),
    41,
  );
  results['ranking.copeland.30x12'] = sideBySide(
    'Copeland',
    'copeland',
    big,
    (b, c) => new Copeland(utils.matrixFromBallots(b, c)).ranking(),
    41,
  );
  const paths = schulzeStrongestPaths(
    big.candidates,
    big.rankings.map((ranking) => ({ ranking })),
  );
  const at = new Map(big.candidates.map((c, i) => [c, i] as const));
  results['ranking.schulze.30x12'] = sideBySide(
    'Schulze',
    'schulze',
    big,
    (b, c) => new Schulze(utils.matrixFromBallots(b, c)).ranking(),
    41,
    undefined,
    (x, y) => paths[at.get(x)!]![at.get(y)!] === paths[at.get(y)!]![at.get(x)!],
  );

  const small = randomProfile(8, 12, 3);
  const smallBallots = small.rankings.map((ranking) => ({ ranking }));
  const optimum = kemenyConsensus(small.candidates, smallBallots);
  const { wins } = majorityMatrix(small.candidates, smallBallots);
  const index = new Map(small.candidates.map((c, i) => [c, i] as const));
  const disagreement = (order: string[]) =>
    order.reduce(
      (total, above, a) =>
        total +
        order.slice(a + 1).reduce((sum, below) => sum + wins[index.get(below)!]![index.get(above)!]!, 0),
      0,
    );
  results['ranking.kemeny.8x12'] = sideBySide(
    'Kemeny',
    'kemeny',
    small,
    (b, c) => new Kemeny(utils.matrixFromBallots(b, c)).ranking(),
    9,
    (_ours, theirs) => {
      const count = `${optimum.optimalCount} optimal order(s)`;
      if (theirs.some((tier) => tier.length > 1)) return count;
      const extra = disagreement(theirs.flat()) - optimum.disagreement;
      if (extra < 0) throw new Error('Kemeny: votes found a better order than the exact search');
      return extra === 0
        ? `${count}; votes' order is optimal`
        : `${count}; votes' averaged order is ${extra} worse`;
    },
  );

  const rp = randomProfile(6, 11, 1);
  results['ranking.ranked-pairs.6x11'] = sideBySide(
    'Ranked Pairs',
    'ranked-pairs',
    rp,
    (b, c) => new RankedPairs(utils.matrixFromBallots(b, c)).ranking(),
    41,
  );

  return results;
}
