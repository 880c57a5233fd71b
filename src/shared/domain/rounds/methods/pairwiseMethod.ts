import { z } from 'zod';
import { ahpGroup, judgementsToMatrix } from '../../ranking';
import { pairKey, pairwiseProgress, preference, type Judgement } from '../adaptivePairwise';
import type { BallotMethodSpec } from '../ballotMethod';
import { ROUND_LIMITS, roundItemId } from '../roundLimits';
import { tiersByScore } from './scoreTiers';

export const PairwiseBallot = z.strictObject({
  kind: z.literal('pairwise'),
  judgements: z
    .array(
      z.strictObject({
        a: roundItemId,
        b: roundItemId,
        prefer: z.enum(['a', 'b', 'equal']),
        /** Saaty's 1–9 scale; 1 when strength is not asked. */
        strength: z.number().int().min(1).max(9),
      }),
    )
    .max(ROUND_LIMITS.judgements),
});
type PairwiseContent = z.infer<typeof PairwiseBallot>;

/** "Which matters more, A or B?", asked adaptively; with strengths, every pair and AHP weights. */
export const pairwiseMethod: BallotMethodSpec<PairwiseContent> = {
  name: 'Pairwise',
  hint: '“Which matters more, A or B?” About n·log₂n quick questions each.',
  ballot: PairwiseBallot,
  settings: { ahpStrength: { default: () => false, keptByOtherMethods: false } },
  notThisRound: 'This round is not a pairwise comparison.',
  problem(round, content) {
    const items = new Set(round.itemIds);
    if (content.judgements.some((j) => !items.has(j.a) || !items.has(j.b) || j.a === j.b)) {
      return 'A comparison involves an unknown item.';
    }
    return pairwiseProgress(round.itemIds, content.judgements, round.ahpStrength).done
      ? null
      : 'Answer every question to finish.';
  },
  ranking(round, content) {
    const items = new Set(round.itemIds);
    const kept = content.judgements.filter((j) => items.has(j.a) && items.has(j.b));
    const progress = pairwiseProgress(round.itemIds, kept, round.ahpStrength);
    return progress.done ? progress.order : winsOrder(round.itemIds, kept);
  },
  withoutItem: (content, itemId) => ({
    kind: 'pairwise',
    judgements: content.judgements.filter((j) => j.a !== itemId && j.b !== itemId),
  }),
  results(round) {
    if (!round.ahpStrength) return {};
    try {
      const sets = round.ballots.flatMap((b) =>
        b.content.kind === 'pairwise' ? [{ voterId: b.participantId, judgements: b.content.judgements }] : [],
      );
      if (sets.length === 0) return { ahp: null };
      const group = ahpGroup(sets.map((set) => judgementsToMatrix(round.itemIds, set)));
      return {
        ahp: {
          weights: Object.fromEntries(round.itemIds.map((id, i) => [id, group.weights[i]!])),
          cr: group.cr,
          consistent: group.consistent,
          byVoter: sets.map((set, i) => ({ voterId: set.voterId, cr: group.individual[i]!.cr })),
        },
      };
    } catch {
      return { ahp: null };
    }
  },
};

/** After an item was removed, some answers are gone: order by answers won (equal = ½). */
function winsOrder(ids: readonly string[], judgements: readonly Judgement[]): string[][] {
  const answers = new Map(judgements.map((j) => [pairKey(j.a, j.b), j]));
  const wins = new Map(ids.map((id) => [id, 0]));
  for (const a of ids) {
    for (const b of ids) {
      if (a >= b) continue;
      const p = preference(answers, a, b);
      if (p === undefined) continue;
      wins.set(a, wins.get(a)! + (p === 1 ? 1 : p === 0 ? 0.5 : 0));
      wins.set(b, wins.get(b)! + (p === -1 ? 1 : p === 0 ? 0.5 : 0));
    }
  }
  return tiersByScore(ids, (id) => wins.get(id)!);
}
