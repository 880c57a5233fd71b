import type { ComponentType } from 'react';
import type { BallotMethod, MethodResults, RoundSettings } from '../../../../shared/domain/rounds';
import { DotsBallot } from './ballots/DotsBallot';
import { OrderBallot } from './ballots/OrderBallot';
import { PairwiseBallot } from './ballots/PairwiseBallot';
import { PointsBallot } from './ballots/PointsBallot';
import type { BallotEditorProps } from './ballots/types';
import { AhpWeights } from './results/AhpWeights';
import { AllocationTotals } from './results/AllocationTotals';
import { DotsCountField, LongOrderAdvice, PointsBudgetField, StrengthChoice } from './RoundSetupFields';

/**
 * How each ballot method looks, registered here and nowhere else in the renderer: the
 * editor a voter fills in, what the new-round form shows for it, and its own results
 * panel. The domain side (names, checks, settings) is shared/domain/rounds/ballotMethods.
 */

export type RoundSetupProps = {
  settings: RoundSettings;
  onSettings: (change: Partial<RoundSettings>) => void;
  /** Items picked for the round so far. */
  itemCount: number;
  onMethod: (method: BallotMethod) => void;
};

export type MethodResultsProps = { results: MethodResults; titles: Record<string, string> };

export type BallotMethodView<Draft extends { kind: string }> = {
  Editor: ComponentType<BallotEditorProps<Draft>>;
  /** Under the method in the new-round form: its settings, or advice. */
  Setup: ComponentType<RoundSetupProps> | null;
  /** Beside the shared results: what only this method measures. */
  Results: ComponentType<MethodResultsProps> | null;
};

export const BALLOT_METHOD_VIEWS = {
  order: { Editor: OrderBallot, Setup: LongOrderAdvice, Results: null },
  pairwise: { Editor: PairwiseBallot, Setup: StrengthChoice, Results: AhpWeights },
  points: { Editor: PointsBallot, Setup: PointsBudgetField, Results: AllocationTotals },
  dots: { Editor: DotsBallot, Setup: DotsCountField, Results: AllocationTotals },
} satisfies Record<BallotMethod, BallotMethodView<never>>;

type DraftOf<View> = View extends { Editor: ComponentType<BallotEditorProps<infer Draft>> } ? Draft : never;

/**
 * A ballot in progress, as its editor holds it (half-typed points included). It is kept
 * on this device only, outside the workspace, until the voter submits or cancels:
 * ballots are private until submitted, so a draft is never saved with the workspace.
 */
export type BallotDraft = DraftOf<(typeof BALLOT_METHOD_VIEWS)[BallotMethod]>;

export function ballotMethodView(method: BallotMethod): BallotMethodView<never> {
  return BALLOT_METHOD_VIEWS[method];
}
