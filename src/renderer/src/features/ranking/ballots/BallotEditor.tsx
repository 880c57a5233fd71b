import { DotsBallot } from './DotsBallot';
import { OrderBallot } from './OrderBallot';
import { PairwiseBallot } from './PairwiseBallot';
import { PointsBallot } from './PointsBallot';
import type { BallotEditorProps } from './types';

/** The ballot for the round's method. */
export function BallotEditor(props: BallotEditorProps) {
  switch (props.round.method) {
    case 'order':
      return <OrderBallot {...props} />;
    case 'pairwise':
      return <PairwiseBallot {...props} />;
    case 'points':
      return <PointsBallot {...props} />;
    case 'dots':
      return <DotsBallot {...props} />;
  }
}
