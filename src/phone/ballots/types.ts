import type { BallotContent } from '../../shared/domain/workspace';
import type { PhoneRound } from '../../shared/room/roomProtocol';

/** What every ballot editor gets: the round, the ballot being edited and how to change it. */
export type EditorProps<C extends BallotContent = BallotContent> = {
  round: PhoneRound;
  draft: C;
  change: (next: BallotContent) => void;
};

export const titleOf = (round: PhoneRound, id: string): string =>
  round.items.find((item) => item.id === id)?.title ?? 'An item no longer in the round';
