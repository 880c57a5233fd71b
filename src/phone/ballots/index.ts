import type { BallotContent } from '../../shared/domain/workspace';
import type { PhoneRound } from '../../shared/room/roomProtocol';
import { allocationEditor } from './allocationEditor';
import { orderEditor } from './orderEditor';
import { pairwiseEditor } from './pairwiseEditor';
import type { EditorProps } from './types';

/** A fresh ballot of the round's method: the items in the round's order, nothing answered, nothing spent. */
export function emptyBallot(round: PhoneRound): BallotContent {
  switch (round.method) {
    case 'order':
      return { kind: 'order', tiers: round.items.map((i) => [i.id]) };
    case 'pairwise':
      return { kind: 'pairwise', judgements: [] };
    case 'points':
    case 'dots':
      return { kind: round.method, allocation: [] };
  }
}

/** The editor of the draft's method (the draft always has the round's method: see main.ts). */
export function ballotEditor(props: EditorProps): HTMLElement {
  const { draft } = props;
  switch (draft.kind) {
    case 'order':
      return orderEditor({ ...props, draft });
    case 'pairwise':
      return pairwiseEditor({ ...props, draft });
    case 'points':
    case 'dots':
      return allocationEditor({ ...props, draft });
  }
}

export const METHOD_NAMES: Record<PhoneRound['method'], string> = {
  order: 'Put the items in order',
  pairwise: 'Compare the items two at a time',
  points: 'Spread your points',
  dots: 'Place your dots',
};
