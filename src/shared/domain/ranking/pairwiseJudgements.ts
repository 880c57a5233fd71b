import { ahpGroup, type AhpResult } from './ahp';
import { describeCondorcet, type CondorcetResult } from './condorcet';
import { RankingInputError, quote } from './errors';
import type { KemenyOptions } from './kemeny';
import { MethodRunner } from './methods';
import { toMajorityMatrix, type MajorityMatrix, type PairwiseCounts } from './pairwise';
import { validateCandidates } from './profile';
import type { AggregateResult, CandidateLabels, Method } from './types';
import { isList } from './inputChecks';

/**
 * Rounds run as head-to-head questions ("A or B?"). Each answer says which side is
 * preferred, or that they are equal, with an optional Saaty strength 1–9 (1 equal,
 * 3 moderate, 5 strong, 7 very strong, 9 extreme) used only by AHP. The majority matrix
 * feeds the Condorcet methods and Kemeny; complete answers with strengths also give an
 * AHP group result.
 */
export type PairwiseJudgement = { a: string; b: string; prefer: 'a' | 'b' | 'equal'; strength?: number };
export type JudgementSet = { voterId: string; voterName?: string; judgements: PairwiseJudgement[] };

/** Methods that only need the majority matrix (mean rank needs full ballots). */
export const PAIRWISE_METHODS: readonly Method[] = ['borda', 'copeland', 'schulze', 'ranked-pairs', 'kemeny'];

export type PairwiseAnalysis = {
  candidates: string[];
  majority: MajorityMatrix;
  condorcet: CondorcetResult;
  methods: Partial<Record<Method, AggregateResult>>;
  /** Group AHP (geometric mean of judgements), or null with `ahpNote` saying why not. */
  ahp: (AhpResult & { weightsByCandidate: Record<string, number>; individual: AhpResult[] }) | null;
  ahpNote: string | null;
};

type Checked = { i: number; j: number; value: number | null; prefer: 'a' | 'b' | 'equal' };

function checkSet(
  set: JudgementSet,
  index: ReadonlyMap<string, number>,
  n: number,
  show: (c: string) => string,
): {
  judgements: Checked[];
  missing: [number, number] | null;
  withoutStrength: Checked | null;
  name: string;
} {
  const name = set?.voterName || set?.voterId;
  if (typeof set?.voterId !== 'string' || set.voterId.trim().length === 0 || !name) {
    throw new RankingInputError('EMPTY_VOTER_ID', 'A set of comparisons does not say who made it.');
  }
  if (!isList(set.judgements)) {
    throw new RankingInputError('NOT_A_RANKING', `${name}'s comparisons are not a list.`);
  }
  const seen = new Set<number>();
  const judgements = set.judgements.map((judgement): Checked => {
    const i = index.get(judgement?.a);
    const j = index.get(judgement?.b);
    for (const [side, at] of [
      [judgement?.a, i],
      [judgement?.b, j],
    ] as const) {
      if (at === undefined) {
        throw new RankingInputError(
          'UNKNOWN_CANDIDATE',
          `${name} compared ${typeof side === 'string' ? show(side) : 'something'}, which is not one of the items in this round.`,
        );
      }
    }
    if (i === j)
      throw new RankingInputError(
        'AHP_CONFLICTING_JUDGEMENT',
        `${name} compared ${show(judgement.a)} with itself.`,
      );
    const key = Math.min(i!, j!) * n + Math.max(i!, j!);
    if (seen.has(key)) {
      throw new RankingInputError(
        'AHP_CONFLICTING_JUDGEMENT',
        `${name} compared ${show(judgement.a)} and ${show(judgement.b)} twice; keep one answer.`,
      );
    }
    seen.add(key);
    if (judgement.prefer !== 'a' && judgement.prefer !== 'b' && judgement.prefer !== 'equal') {
      throw new RankingInputError(
        'NOT_A_RANKING',
        `${name}'s answer on ${show(judgement.a)} against ${show(judgement.b)} must say which is preferred, or equal.`,
      );
    }
    const s = judgement.strength;
    if (s !== undefined && (typeof s !== 'number' || !Number.isFinite(s) || s < 1 || s > 9)) {
      throw new RankingInputError(
        'AHP_BAD_STRENGTH',
        `${name} gave ${show(judgement.a)} against ${show(judgement.b)} a strength of ${String(s)}; use 1 (equal) to 9 (extreme).`,
      );
    }
    const value =
      judgement.prefer === 'equal' ? 1 : s === undefined ? null : judgement.prefer === 'a' ? s : 1 / s;
    return { i: i!, j: j!, value, prefer: judgement.prefer };
  });
  let missing: [number, number] | null = null;
  for (let a = 0; a < n && missing === null; a++) {
    for (let b = a + 1; b < n; b++) {
      if (!seen.has(a * n + b)) {
        missing = [a, b];
        break;
      }
    }
  }
  return { judgements, missing, withoutStrength: judgements.find((j) => j.value === null) ?? null, name };
}

/** One person's complete judgements as an AHP matrix (throws when a pair or strength is missing). */
export function judgementsToMatrix(
  candidates: string[],
  set: JudgementSet,
  labels?: CandidateLabels,
): number[][] {
  const names = validateCandidates(candidates, labels);
  const n = names.length;
  const show = (c: string) => quote(labels?.[c] ?? c);
  const checked = checkSet(set, new Map(names.map((c, i) => [c, i] as const)), n, show);
  if (checked.missing !== null) {
    const [a, b] = checked.missing;
    throw new RankingInputError(
      'AHP_MISSING_JUDGEMENT',
      `${checked.name} has not compared ${show(names[a]!)} with ${show(names[b]!)} yet.`,
    );
  }
  if (checked.withoutStrength !== null) {
    const { i, j } = checked.withoutStrength;
    throw new RankingInputError(
      'AHP_MISSING_JUDGEMENT',
      `${checked.name} chose between ${show(names[i]!)} and ${show(names[j]!)} without saying how strongly (1–9).`,
    );
  }
  const matrix: number[][] = names.map((_, i) => names.map((_, j) => (i === j ? 1 : 0)));
  for (const { i, j, value } of checked.judgements) {
    matrix[i]![j] = value!;
    matrix[j]![i] = 1 / value!;
  }
  return matrix;
}

export function analyzePairwise(
  candidates: string[],
  sets: JudgementSet[],
  options: KemenyOptions & { candidateLabels?: CandidateLabels } = {},
): PairwiseAnalysis {
  const labels = options.candidateLabels;
  const names = validateCandidates(candidates, labels);
  if (!isList(sets) || sets.length === 0) {
    throw new RankingInputError('NO_BALLOTS', 'No one has made any comparisons in this round yet.');
  }
  const n = names.length;
  const index = new Map(names.map((c, i) => [c, i] as const));
  const show = (c: string) => quote(labels?.[c] ?? c);
  const voters = new Set<string>();
  const checked = sets.map((set) => {
    const result = checkSet(set, index, n, show);
    if (voters.has(set.voterId)) {
      throw new RankingInputError('DUPLICATE_VOTER', `${result.name} has two sets of comparisons; keep one.`);
    }
    voters.add(set.voterId);
    return result;
  });

  const pairwise: PairwiseCounts = { n, wins: new Float64Array(n * n), total: sets.length };
  for (const { judgements } of checked) {
    for (const { i, j, prefer } of judgements) {
      if (prefer === 'a') pairwise.wins[i * n + j]! += 1;
      else if (prefer === 'b') pairwise.wins[j * n + i]! += 1;
    }
  }
  const runner = new MethodRunner(null, pairwise, names, options);
  const methods = Object.fromEntries(PAIRWISE_METHODS.map((m) => [m, runner.result(m)] as const));

  let ahpNote: string | null = null;
  for (const c of checked) {
    if (c.missing !== null) {
      ahpNote = `AHP needs every pair compared: ${c.name} has not compared ${show(names[c.missing[0]]!)} with ${show(names[c.missing[1]]!)}.`;
      break;
    }
    if (c.withoutStrength !== null) {
      const { i, j } = c.withoutStrength;
      ahpNote = `AHP needs a strength (1–9) for every choice: ${c.name} gave none for ${show(names[i]!)} against ${show(names[j]!)}.`;
      break;
    }
  }
  let ahp: PairwiseAnalysis['ahp'] = null;
  if (ahpNote === null) {
    const group = ahpGroup(
      sets.map((set) => judgementsToMatrix(names, set, labels)),
      names.map((c) => labels?.[c] ?? c),
    );
    ahp = {
      weights: group.weights,
      lambdaMax: group.lambdaMax,
      ci: group.ci,
      cr: group.cr,
      randomIndex: group.randomIndex,
      consistent: group.consistent,
      weightsByCandidate: Object.fromEntries(names.map((c, i) => [c, group.weights[i]!] as const)),
      individual: group.individual,
    };
  }
  return {
    candidates: names.slice(),
    majority: toMajorityMatrix(pairwise, names),
    condorcet: describeCondorcet(pairwise, names),
    methods,
    ahp,
    ahpNote,
  };
}
