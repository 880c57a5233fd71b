import { agreementLabel, type AgreementLabel } from './agreementLabel';
import { RankingInputError, quote } from './errors';
import { kendallW, midRanks, type KendallWResult } from './kendallW';
import { validateCandidates } from './profile';
import { meanSpearman } from './spearman';
import { tierNames, tiersByScore } from './tiers';
import type { CandidateLabels } from './types';
import { isList } from './inputChecks';

/**
 * Point allocations ("spread 100 points") and dot votes ("place 5 dots"). Totals say what
 * the group as a whole backs; the mean share normalises each person to their own spend,
 * so someone who used 60 of 100 points counts as much as someone who used all 100; the
 * spread (standard deviation of those shares) says how much people differ on an item.
 */
export type Allocation = { voterId: string; voterName?: string; points: Record<string, number> };

export type AllocationItem = {
  candidate: string;
  total: number;
  /** Mean over people who spent anything of (their points on it / their total spend), 0–1. */
  meanShare: number;
  /** Standard deviation of those shares: high = people disagree about this item. */
  shareSd: number;
  minShare: number;
  maxShare: number;
  /** How many people gave it anything. */
  supporters: number;
};

export type AllocationAnalysis = {
  kind: 'points' | 'dots';
  budget: number;
  /** By total, best first; equal totals share a tier. */
  order: string[][];
  /** Only the tiers holding more than one item: the ties to call out. */
  ties: string[][];
  totals: Record<string, number>;
  meanShare: Record<string, number>;
  spread: Record<string, number>;
  items: AllocationItem[];
  participants: Array<{ voterId: string; name: string; spent: number; unspent: number }>;
  /** Kendall's W on the orders implied by each person's allocation (more = better, equal = tie). */
  agreement: Pick<KendallWResult, 'w' | 'chiSquare' | 'df' | 'p' | 'pMethod'> & {
    label: AgreementLabel;
    meanSpearman: number | null;
  };
};

/** What sets one kind of allocation apart: its unit, whether units are whole, what budget it allows. */
type Kind = {
  kind: 'points' | 'dots';
  unit: string;
  wholeUnits: boolean;
  /** Why the per-person budget is not allowed, or null. */
  budgetProblem: (budget: number) => string | null;
  maxPerItem?: number;
};

function checkAllocations(
  candidates: readonly string[],
  allocations: readonly Allocation[],
  budget: number,
  kind: Kind,
  labels?: CandidateLabels,
): { names: string[]; matrix: number[][]; voters: Array<{ voterId: string; name: string }> } {
  const names = validateCandidates(candidates, labels);
  const budgetProblem = kind.budgetProblem(budget);
  if (budgetProblem !== null) throw new RankingInputError('INVALID_BUDGET', budgetProblem);
  if (!isList(allocations) || allocations.length === 0) {
    throw new RankingInputError('NO_BALLOTS', `No one has placed any ${kind.unit} in this round yet.`);
  }
  const index = new Map(names.map((name, i) => [name, i] as const));
  const seen = new Set<string>();
  const show = (c: string) => quote(labels?.[c] ?? c);
  const voters: Array<{ voterId: string; name: string }> = [];
  const matrix = allocations.map((allocation, a) => {
    const voterId = allocation?.voterId;
    if (typeof voterId !== 'string' || voterId.trim().length === 0) {
      throw new RankingInputError('EMPTY_VOTER_ID', `Allocation ${a + 1} does not say who made it.`);
    }
    const name = allocation.voterName || voterId;
    if (seen.has(voterId))
      throw new RankingInputError('DUPLICATE_VOTER', `${name} has two allocations; keep one.`);
    seen.add(voterId);
    voters.push({ voterId, name });
    if (allocation.points === null || typeof allocation.points !== 'object') {
      throw new RankingInputError(
        'NOT_A_RANKING',
        `${name}'s allocation does not give ${kind.unit} per item.`,
      );
    }
    const row = new Array<number>(names.length).fill(0);
    let spent = 0;
    for (const [candidate, value] of Object.entries(allocation.points)) {
      const at = index.get(candidate);
      if (at === undefined) {
        throw new RankingInputError(
          'UNKNOWN_CANDIDATE',
          `${name} gave ${kind.unit} to ${show(candidate)}, which is not one of the items in this round.`,
        );
      }
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RankingInputError(
          'POINTS_NOT_A_NUMBER',
          `${name}'s ${kind.unit} for ${show(candidate)} are not a number.`,
        );
      }
      if (value < 0) {
        throw new RankingInputError(
          'POINTS_NEGATIVE',
          `${name} gave ${value} ${kind.unit} to ${show(candidate)}; ${kind.unit} cannot be negative.`,
        );
      }
      if (kind.wholeUnits && !Number.isInteger(value)) {
        throw new RankingInputError(
          'DOTS_NOT_WHOLE',
          `${name} put ${value} ${kind.unit} on ${show(candidate)}; ${kind.unit} are whole.`,
        );
      }
      if (kind.maxPerItem !== undefined && value > kind.maxPerItem) {
        throw new RankingInputError(
          'DOTS_OVER_ITEM_LIMIT',
          `${name} put ${value} ${kind.unit} on ${show(candidate)}; at most ${kind.maxPerItem} per item.`,
        );
      }
      row[at] = value;
      spent += value;
    }
    if (spent > budget * (1 + 1e-12)) {
      throw new RankingInputError(
        'POINTS_OVER_BUDGET',
        `${name} gave ${spent} ${kind.unit} in total; each person has ${budget}.`,
      );
    }
    return row;
  });
  return { names, matrix, voters };
}

function summarise(
  names: string[],
  matrix: number[][],
  voters: Array<{ voterId: string; name: string }>,
  budget: number,
  kind: Kind,
): AllocationAnalysis {
  const n = names.length;
  const spent = matrix.map((row) => row.reduce((a, b) => a + b, 0));
  const totals = new Float64Array(n);
  for (const row of matrix) row.forEach((v, c) => (totals[c]! += v));
  const spenders = matrix
    .filter((_, a) => spent[a]! > 0)
    .map((row) => row.map((v) => v / row.reduce((x, y) => x + y, 0)));

  const items: AllocationItem[] = names.map((candidate, c) => {
    const shares = spenders.map((row) => row[c]!);
    const mean = shares.length === 0 ? 0 : shares.reduce((a, b) => a + b, 0) / shares.length;
    const variance =
      shares.length === 0 ? 0 : shares.reduce((a, s) => a + (s - mean) ** 2, 0) / shares.length;
    return {
      candidate,
      total: totals[c]!,
      meanShare: mean,
      shareSd: Math.sqrt(variance),
      minShare: shares.length === 0 ? 0 : Math.min(...shares),
      maxShare: shares.length === 0 ? 0 : Math.max(...shares),
      supporters: matrix.filter((row) => row[c]! > 0).length,
    };
  });
  const tolerance = 1e-9 * Math.max(1, budget * matrix.length);
  const tiers = tiersByScore(totals, true, tolerance);
  const order = tierNames(tiers, names);
  const w = kendallW(matrix.map((row) => midRanks(row, true)));
  const record = (pick: (item: AllocationItem) => number) =>
    Object.fromEntries(items.map((item) => [item.candidate, pick(item)] as const));
  return {
    kind: kind.kind,
    budget,
    order,
    ties: order.filter((tier) => tier.length > 1),
    totals: record((item) => item.total),
    meanShare: record((item) => item.meanShare),
    spread: record((item) => item.shareSd),
    items: tiers.flat().map((c) => items[c]!),
    participants: voters.map((voter, a) => ({ ...voter, spent: spent[a]!, unspent: budget - spent[a]! })),
    agreement: {
      w: w.w,
      chiSquare: w.chiSquare,
      df: w.df,
      p: w.p,
      pMethod: w.pMethod,
      label: agreementLabel(w.w),
      meanSpearman: meanSpearman(matrix.map((row) => midRanks(row, true))).mean,
    },
  };
}

/** Points spread over the items, at most `budget` per person (default 100). */
export function analyzePoints(
  candidates: string[],
  allocations: Allocation[],
  budget = 100,
  options: { candidateLabels?: CandidateLabels } = {},
): AllocationAnalysis {
  const kind: Kind = {
    kind: 'points',
    unit: 'points',
    wholeUnits: false,
    budgetProblem: (b) =>
      Number.isFinite(b) && b > 0 ? null : `The points budget must be a positive number (got ${String(b)}).`,
  };
  const checked = checkAllocations(candidates, allocations, budget, kind, options.candidateLabels);
  return summarise(checked.names, checked.matrix, checked.voters, budget, kind);
}

/** Dot voting: whole dots, at most `dotsPerPerson` each, optionally at most `maxPerItem` on one item. */
export function analyzeDots(
  candidates: string[],
  allocations: Allocation[],
  dotsPerPerson: number,
  options: { maxPerItem?: number; candidateLabels?: CandidateLabels } = {},
): AllocationAnalysis {
  const kind: Kind = {
    kind: 'dots',
    unit: 'dots',
    wholeUnits: true,
    budgetProblem: (b) =>
      Number.isInteger(b) && b >= 1
        ? null
        : `Each person needs a whole number of dots, at least 1 (got ${String(b)}).`,
    maxPerItem: options.maxPerItem,
  };
  const checked = checkAllocations(candidates, allocations, dotsPerPerson, kind, options.candidateLabels);
  return summarise(checked.names, checked.matrix, checked.voters, dotsPerPerson, kind);
}
